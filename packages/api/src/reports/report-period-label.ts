import { localTimeFormatter } from "../export/local-time";

/** "2026-11-19 00:00 – 2026-11-20 00:00" in the account's zone (the mail's subject and text). */
export function periodLabel(range: { from: Date; to: Date }, timeZone: string): string {
  const at = localTimeFormatter(timeZone);
  return `${at(range.from).slice(0, 16)} – ${at(range.to).slice(0, 16)}`;
}
