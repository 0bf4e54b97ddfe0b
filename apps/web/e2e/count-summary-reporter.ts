import type { Reporter, TestCase, TestResult } from "@playwright/test/reporter";

/**
 * Ends the run with one line in vitest's form ("Tests  11 passed | 0 failed | 0 skipped (11)"), so the CI script,
 * which adds up those lines across packages, counts the browser tests too.
 */
export default class CountSummaryReporter implements Reporter {
  private readonly counts = { passed: 0, failed: 0, skipped: 0 };

  onTestEnd(_test: TestCase, result: TestResult): void {
    if (result.status === "passed") this.counts.passed++;
    else if (result.status === "skipped") this.counts.skipped++;
    else this.counts.failed++;
  }

  onEnd(): void {
    const { passed, failed, skipped } = this.counts;
    console.log(
      `      Tests  ${passed} passed | ${failed} failed | ${skipped} skipped (${passed + failed + skipped})`,
    );
  }

  printsToStdio(): boolean {
    return false;
  }
}
