import { z } from "zod";
import { InvalidInputError } from "./errors";

/** Parses `value` with `schema` inside a domain function; a failure is an InvalidInputError with readable text. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new InvalidInputError(
    result.error.issues
      .map((i) => (i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message))
      .join("; "),
  );
}

/**
 * Instants a person could mean for calls, far enough inside what PostgreSQL stores (from 4713 BC) that a range's
 * previous period of equal length (the KPI deltas) stays inside too.
 */
const EARLIEST = Date.UTC(1970, 0, 1);
const LATEST = Date.UTC(2199, 11, 31, 23, 59, 59, 999);

/** Whether a date lies in the years 1970 to 2199 (and is a date at all). */
export function isInstantInRange(date: Date): boolean {
  const time = date.getTime();
  return time >= EARLIEST && time <= LATEST;
}

/** A date or date-time input (a Date, or ISO text) named `name` in messages, in the years 1970 to 2199. */
export function instantInput(name: string) {
  return z.coerce
    .date({ error: `${name} must be a date` })
    .refine((d) => d.getTime() >= EARLIEST && d.getTime() <= LATEST, {
      message: `${name} must be in the years 1970 to 2199`,
    });
}

/** A high surrogate not followed by a low one, or a low one without a high one before it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why PostgreSQL could not hold a piece of text: a NUL character, or a lone UTF-16 surrogate (not UTF-8 at all). */
function unstorable(text: string): string | null {
  if (text.includes("\u0000")) return "must not contain a NUL character";
  if (LONE_SURROGATE.test(text)) return "must be valid Unicode text";
  return null;
}

/**
 * The first text anywhere in a value (keys included) the database cannot hold, with the path of keys to it, or
 * null. A NUL or a lone surrogate would otherwise reach PostgreSQL and come back as a 500.
 */
export function unstorableText(
  value: unknown,
  path: string[] = [],
): { path: string[]; problem: string } | null {
  if (typeof value === "string") {
    const problem = unstorable(value);
    return problem ? { path, problem } : null;
  }
  if (path.length > 32 || value === null || typeof value !== "object") return null;
  for (const [key, child] of Object.entries(value)) {
    const keyProblem = unstorable(key);
    if (keyProblem) return { path: [...path, key], problem: keyProblem };
    const found = unstorableText(child, [...path, key]);
    if (found) return found;
  }
  return null;
}
