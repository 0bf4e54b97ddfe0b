/** How long a case has waited, in the largest unit that reads well: minutes under 2 h, hours under 2 days. */
export function caseAge(since: Date, now: Date): { unit: "minutes" | "hours" | "days"; n: number } {
  const minutes = Math.max(0, Math.floor((now.getTime() - since.getTime()) / 60_000));
  if (minutes < 120) return { unit: "minutes", n: minutes };
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return { unit: "hours", n: hours };
  return { unit: "days", n: Math.floor(hours / 24) };
}
