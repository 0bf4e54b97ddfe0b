/** The hour of the day (0–23) of an instant in a zone. */
export function localHourOf(at: Date, timeZone: string): number {
  return (
    Number(new Intl.DateTimeFormat("en-US", { timeZone, hour: "numeric", hourCycle: "h23" }).format(at)) % 24
  );
}
