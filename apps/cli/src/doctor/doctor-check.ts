/** One line of `pnpm cli doctor`: what was checked, the verdict, what was found and, when it failed, the fix. */
export interface CheckResult {
  /** Stable short name, e.g. "base-url" (also the order of the report). */
  name: CheckName;
  /** pass; fail (exit status 1); skip: not checked because an earlier check failed or there was nothing to check. */
  status: "pass" | "fail" | "skip";
  /** What was found, one line, nothing secret (no app secret, token or signed URL). */
  detail: string;
  /** What to do about a failure. */
  fix?: string;
}

export const CHECK_NAMES = [
  "base-url",
  "credentials",
  "history",
  "recording",
  "live-feed",
  "clock",
  "database",
  "sync",
] as const;
export type CheckName = (typeof CHECK_NAMES)[number];

export const pass = (name: CheckName, detail: string): CheckResult => ({ name, status: "pass", detail });
export const fail = (name: CheckName, detail: string, fix: string): CheckResult => ({
  name,
  status: "fail",
  detail,
  fix,
});
export const skip = (name: CheckName, detail: string): CheckResult => ({ name, status: "skip", detail });

/** One line of text from any failure: typed AntRing and database errors carry redacted messages. */
export function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n")[0] ?? message;
}
