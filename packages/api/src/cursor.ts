import { InvalidInputError } from "./errors";
import { isInstantInRange } from "./validation";

export class InvalidCursorError extends InvalidInputError {
  constructor() {
    super("cursor: this page link is no longer valid: start again from the first page.");
  }
}

/** One key of a position in a keyset-paged list (a sort value, a time as ISO text, a tie-breaker). */
export type CursorKey = string | number | readonly string[];

/**
 * Opaque to clients (base64url JSON): the keys of the last row shown. `scope` names the list and its order, so a
 * cursor from one sort can't be replayed against another.
 */
export function encodeCursor(scope: string, keys: readonly CursorKey[]): string {
  return Buffer.from(JSON.stringify([scope, ...keys])).toString("base64url");
}

/** The `arity` keys of a cursor of this scope, unchecked (read each with the cursor* readers below). */
export function decodeCursor(cursor: string, scope: string, arity: number): unknown[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw new InvalidCursorError();
  }
  if (!Array.isArray(parsed) || parsed.length !== arity + 1 || parsed[0] !== scope)
    throw new InvalidCursorError();
  return parsed.slice(1);
}

export function cursorText(value: unknown): string {
  if (typeof value !== "string" || value.includes("\u0000")) throw new InvalidCursorError();
  return value;
}

export function cursorTime(value: unknown): Date {
  const date = typeof value === "string" ? new Date(value) : null;
  // Within what the filters accept, so PostgreSQL never meets a year it cannot store (-100000, 300000).
  if (!date || !isInstantInRange(date)) throw new InvalidCursorError();
  return date;
}

/** A 32-bit integer (PostgreSQL integer columns: -2^31 to 2^31 - 1). */
export function cursorInteger(value: unknown): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < -(2 ** 31) || value > 2 ** 31 - 1) {
    throw new InvalidCursorError();
  }
  return value;
}

/** A non-negative bigint, carried as decimal text (pg returns bigint as text). */
export function cursorBigint(value: unknown): string {
  if (typeof value !== "string" || !/^\d{1,18}$/.test(value)) throw new InvalidCursorError();
  return value;
}

export function cursorTexts(value: unknown): string[] {
  if (
    !Array.isArray(value) ||
    value.length > 64 ||
    !value.every((v) => typeof v === "string" && !v.includes("\u0000"))
  ) {
    throw new InvalidCursorError();
  }
  return value as string[];
}
