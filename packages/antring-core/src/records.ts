import { z } from "zod";

/**
 * The call-history record exactly as AntRing documents it. Field names stay in
 * AntRing's snake_case so a record can be compared with the upstream JSON as-is.
 */
export const DIRECTIONS = ["from_ab", "to_ab"] as const;
export const CALL_CLASSES = ["one_one", "trunking"] as const;
export const STATUS_DETAILS = ["SUCCESS", "CANCELLED", "BUSY", "IVR", "UNSUCCESS"] as const;

export type Direction = (typeof DIRECTIONS)[number];
export type CallClass = (typeof CALL_CLASSES)[number];
export type StatusDetail = (typeof STATUS_DETAILS)[number];

const partySchema = z.object({
  number: z.string(),
  type: z.string(),
  username: z.string().optional(),
});
export type Party = z.infer<typeof partySchema>;

const seconds = z
  .number()
  .int()
  .nonnegative()
  .max(7 * 86_400, "longer than a week");

// Calls between 2000-01-01 and 2100-01-01: catches timestamps sent in milliseconds or garbage.
const unixSeconds = z
  .number()
  .int()
  .min(946_684_800, "before the year 2000")
  .max(4_102_444_800, "after the year 2100 (milliseconds instead of seconds?)");

export const callRecordSchema = z
  .object({
    caller: partySchema,
    callee: partySchema,
    class: z.enum(CALL_CLASSES),
    did_number: z.string().nullable(),
    direction: z.enum(DIRECTIONS),
    status_detail: z.enum(STATUS_DETAILS),
    duration_seconds: seconds,
    unix_timestamp: unixSeconds,
    billing_seconds: seconds,
    recording: z.string(),
  })
  .refine((r) => r.billing_seconds <= r.duration_seconds, {
    message: "more than duration_seconds",
    path: ["billing_seconds"],
  });

export type CallRecord = z.infer<typeof callRecordSchema>;
