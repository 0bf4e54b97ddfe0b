import type { CheckResult } from "./doctor-check";

const VERDICT = { pass: "PASS", fail: "FAIL", skip: "SKIP" } as const;
const NAME_WIDTH = 13;

/**
 * One check's line: `PASS|FAIL|SKIP  <name>  <what was found>`, a failure followed on the same line by
 * ` -> fix: <what to do>`. Plain text, so it reads the same in a terminal and in a log.
 */
export function formatLine(result: CheckResult): string {
  const fix = result.status === "fail" && result.fix ? ` -> fix: ${result.fix}` : "";
  return `${VERDICT[result.status]}  ${result.name.padEnd(NAME_WIDTH)}${result.detail}${fix}`;
}

/** The closing line: all passed, or how many failed. */
export function formatSummary(results: readonly CheckResult[]): string {
  const count = (status: CheckResult["status"]) => results.filter((r) => r.status === status).length;
  const failed = count("fail");
  if (failed > 0) return `doctor: ${failed} of ${results.length} checks failed`;
  const skipped = count("skip");
  return `doctor: all ${count("pass")} checks passed${skipped > 0 ? ` (${skipped} skipped)` : ""}`;
}

/** 0 only when no check failed (a check skipped for lack of anything to check does not fail the run). */
export function exitStatus(results: readonly CheckResult[]): number {
  return results.some((r) => r.status === "fail") ? 1 : 0;
}
