import { UsageError } from "./usage-error";
import { parseCliInstant } from "./zoned-time";

/** --from/--to as every command reads them (a date without a zone is local time; a bare --to date ends the day). */
export function rangeFromFlags(
  values: { from?: string; to?: string },
  timeZone: string,
): { from: Date; to: Date } {
  if (!values.from) throw new UsageError("--from is required");
  if (!values.to) throw new UsageError("--to is required");
  const from = parseCliInstant(values.from, timeZone, "--from", false);
  const to = parseCliInstant(values.to, timeZone, "--to", true);
  if (to.getTime() < from.getTime()) throw new UsageError("--to is before --from");
  return { from, to };
}
