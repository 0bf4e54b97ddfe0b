/** Formats instants as "YYYY-MM-DD HH:mm:ss" wall-clock time in one time zone (sv-SE writes exactly that shape). */
export function localTimeFormatter(timeZone: string): (date: Date) => string {
  const format = new Intl.DateTimeFormat("sv-SE", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
  });
  return (date) => format.format(date);
}
