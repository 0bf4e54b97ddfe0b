/**
 * A stable text for a procedure's parsed input: object keys sorted, Dates as ISO instants. Inside `filter` the
 * "any of" lists (agents, DIDs, statuses...) are sorted and de-duplicated too, since their order never changes an
 * answer; other lists keep their order (it may decide the answer's order).
 */
export function normalizedKey(input: unknown): string {
  return JSON.stringify(normalize(input, false));
}

function normalize(value: unknown, setLike: boolean): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) {
    const items = value.map((item) => normalize(item, setLike));
    if (!setLike || !items.every((item) => typeof item === "string")) return items;
    return [...new Set(items)].sort();
  }
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries.map(([k, v]) => [k, normalize(v, setLike || k === "filter")]));
  }
  return value;
}
