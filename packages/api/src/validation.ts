import type { z } from "zod";
import { InvalidInputError } from "./errors";

/** Parses `value` with `schema` inside a domain function; a failure is an InvalidInputError with readable text. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new InvalidInputError(
    result.error.issues.map((i) => (i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message)).join("; "),
  );
}
