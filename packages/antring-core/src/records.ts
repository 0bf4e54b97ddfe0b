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

export const partySchema = z.object({
  number: z.string(),
  type: z.string(),
  username: z.string().optional(),
});
export type Party = z.infer<typeof partySchema>;

const seconds = z.number().int().nonnegative().max(7 * 86_400, "longer than a week");

export const callRecordSchema = z
  .object({
    caller: partySchema,
    callee: partySchema,
    class: z.enum(CALL_CLASSES),
    did_number: z.string().nullable(),
    direction: z.enum(DIRECTIONS),
    status_detail: z.enum(STATUS_DETAILS),
    duration_seconds: seconds,
    unix_timestamp: z.number().int().positive(),
    billing_seconds: seconds,
    recording: z.string(),
  })
  .refine((r) => r.billing_seconds <= r.duration_seconds, {
    message: "billing_seconds exceeds duration_seconds",
    path: ["billing_seconds"],
  });

export type CallRecord = z.infer<typeof callRecordSchema>;
