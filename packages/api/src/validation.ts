import { z } from "zod";
import { InvalidInputError } from "./errors";

/** Parses `value` with `schema` inside a domain function; a failure is an InvalidInputError with readable text. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new InvalidInputError(
    result.error.issues.map((i) => (i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message)).join("; "),
  );
}

/**
 * Instants a person could mean for calls, far enough inside what PostgreSQL stores (from 4713 BC) that a range's
 * previous period of equal length (the KPI deltas) stays inside too.
 */
const EARLIEST = Date.UTC(1970, 0, 1);
const LATEST = Date.UTC(2199, 11, 31, 23, 59, 59, 999);

/** A date or date-time input (a Date, or ISO text) named `name` in messages, in the years 1970 to 2199. */
export function instantInput(name: string) {
  return z.coerce
    .date({ error: `${name} must be a date` })
    .refine((d) => d.getTime() >= EARLIEST && d.getTime() <= LATEST, {
      message: `${name} must be in the years 1970 to 2199`,
    });
}

/** Whether some text anywhere in a value holds a NUL character (PostgreSQL text cannot). */
export function containsNul(value: unknown, depth = 0): boolean {
  if (typeof value === "string") return value.includes("\u0000");
  if (depth > 32 || value === null || typeof value !== "object") return false;
  return Object.entries(value).some(([key, child]) => key.includes("\u0000") || containsNul(child, depth + 1));
}
