/** The one byte range a request asks for, per RFC 9110 (single ranges only). */
export type ByteRangeRequest =
  { kind: "whole" } | { kind: "partial"; start: number; end: number } | { kind: "unsatisfiable" };

/** Parses a Range header for a resource of `size` bytes. Syntax we do not serve (several ranges,
 *  other units, garbage) is ignored, which the RFC allows: the whole resource is sent instead. */
export function parseByteRange(header: string | undefined, size: number): ByteRangeRequest {
  if (header === undefined) return { kind: "whole" };
  const match = /^\s*bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*$/i.exec(header);
  if (match === null) return { kind: "whole" };
  const [, first = "", last = ""] = match;
  if (first === "" && last === "") return { kind: "whole" };
  if (first === "") {
    const suffix = Number(last);
    if (suffix === 0) return { kind: "unsatisfiable" };
    return { kind: "partial", start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(first);
  const end = last === "" ? size - 1 : Math.min(Number(last), size - 1);
  if (last !== "" && Number(last) < start) return { kind: "whole" }; // invalid: ignore
  if (start >= size) return { kind: "unsatisfiable" };
  return { kind: "partial", start, end };
}
