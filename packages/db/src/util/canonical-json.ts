/**
 * JSON with object keys sorted at every level, so two values that are equal as data serialize to the same bytes
 * whatever order their keys arrived in. Values JSON cannot represent (undefined, functions, symbols) become null,
 * bigints become strings: this is for hashing and storing untrusted upstream data, never for round-tripping.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(toCanonical(value));
}

function toCanonical(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case "string":
    case "boolean":
      return value;
    case "number":
      return Number.isFinite(value) ? value : String(value);
    case "bigint":
      return value.toString();
    case "object":
      if (Array.isArray(value)) return value.map(toCanonical);
      if (value instanceof Date) return value.toISOString();
      return Object.fromEntries(
        Object.keys(value)
          .sort()
          .map((key) => [key, toCanonical((value as Record<string, unknown>)[key])]),
      );
    default:
      return null;
  }
}
