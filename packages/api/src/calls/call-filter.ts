import { CALL_CLASSES, DIRECTIONS, STATUS_DETAILS } from "@antdash/antring-core";
import { z } from "zod";
import { InvalidInputError } from "../errors";
import { instantInput } from "../validation";

/** A DID, an agent or a number to search: text the database can hold (no NUL), at most 256 characters. */
const filterText = z
  .string()
  .min(1)
  .max(256)
  .refine((s) => !s.includes("\u0000"), { message: "must not contain a NUL character" });

/** Seconds a call can last: what the integer duration column holds. */
const durationSeconds = z
  .number()
  .int()
  .nonnegative()
  .max(2 ** 31 - 1);

/**
 * The one filter every view, report and export understands. Calls match when their unix_timestamp lies within
 * [from, to] (both inclusive) and every given criterion holds; list criteria match any of their values.
 */
export const callFilterSchema = z
  .object({
    from: instantInput("from"),
    to: instantInput("to"),
    direction: z.array(z.enum(DIRECTIONS)).optional(),
    status: z.array(z.enum(STATUS_DETAILS)).optional(),
    did: z.array(filterText).optional(),
    agent: z.array(filterText).optional(),
    callClass: z.array(z.enum(CALL_CLASSES)).optional(),
    /** Part of the caller's or callee's number (digits, or a SIP account name). */
    number: filterText.trim().max(64).optional(),
    minDurationSeconds: durationSeconds.optional(),
    maxDurationSeconds: durationSeconds.optional(),
    hasRecording: z.boolean().optional(),
  })
  .refine((f) => !Number.isNaN(f.from.getTime()) && !Number.isNaN(f.to.getTime()), {
    message: "from and to must be valid dates",
  })
  .refine((f) => f.to.getTime() >= f.from.getTime(), { message: "to is before from", path: ["to"] })
  .refine(
    (f) =>
      f.minDurationSeconds === undefined ||
      f.maxDurationSeconds === undefined ||
      f.minDurationSeconds <= f.maxDurationSeconds,
    { message: "the minimum duration exceeds the maximum", path: ["maxDurationSeconds"] },
  );

export type CallFilter = z.infer<typeof callFilterSchema>;
export type CallFilterInput = z.input<typeof callFilterSchema>;

/** Parses a filter or throws InvalidFilterError with one readable line per problem. */
export function parseCallFilter(input: unknown): CallFilter {
  const result = callFilterSchema.safeParse(input);
  if (!result.success) {
    throw new InvalidFilterError(
      result.error.issues.map((i) => (i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message)),
    );
  }
  return result.data;
}

export class InvalidFilterError extends InvalidInputError {
  override readonly name = "InvalidFilterError";
  constructor(readonly problems: string[]) {
    super(`invalid filter: ${problems.join("; ")}`, "invalidFilter");
  }
}
