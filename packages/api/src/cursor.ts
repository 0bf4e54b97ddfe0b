import { InvalidInputError } from "./errors";

/** A position in a keyset-paged list: the sort value of the last row shown and its id (ties broken by id). */
export interface CursorPosition {
  value: string | number;
  id: string;
}

export class InvalidCursorError extends InvalidInputError {
  constructor() {
    super("This page link is no longer valid: start again from the first page.");
  }
}

/**
 * Opaque to clients (base64url JSON). `scope` names the list and its order, so a cursor from one sort can't be
 * replayed against another.
 */
export function encodeCursor(scope: string, value: string | number, id: string): string {
  return Buffer.from(JSON.stringify([scope, value, id])).toString("base64url");
}

export function decodeCursor(cursor: string, scope: string): CursorPosition {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw new InvalidCursorError();
  }
  if (
    !Array.isArray(parsed) ||
    parsed.length !== 3 ||
    parsed[0] !== scope ||
    !(typeof parsed[1] === "string" || typeof parsed[1] === "number") ||
    typeof parsed[2] !== "string"
  ) {
    throw new InvalidCursorError();
  }
  return { value: parsed[1], id: parsed[2] };
}
