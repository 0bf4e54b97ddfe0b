import type { FullResult, Reporter, TestCase, TestError, TestResult } from "@playwright/test/reporter";

/**
 * Ends the run with one line in vitest's form ("Tests  11 passed | 0 failed | 0 skipped (11)"), so the CI script,
 * which adds up those lines across packages, counts the browser tests too; errors outside any test (the app did not
 * start, a global timeout) get vitest's "Errors  N errors" line, so they are counted rather than read as green.
 */
export default class CountSummaryReporter implements Reporter {
  private readonly counts = { passed: 0, failed: 0, skipped: 0 };
  private errors = 0;

  onError(_error: TestError): void {
    this.errors++;
  }

  onTestEnd(_test: TestCase, result: TestResult): void {
    if (result.status === "passed") this.counts.passed++;
    else if (result.status === "skipped") this.counts.skipped++;
    else this.counts.failed++;
  }

  onEnd(result: FullResult): void {
    const { passed, failed, skipped } = this.counts;
    // A run that did not pass with no failed test and no reported error (interrupted, timed out) is one error.
    if (result.status !== "passed" && failed === 0 && this.errors === 0) this.errors = 1;
    console.log(
      `      Tests  ${passed} passed | ${failed} failed | ${skipped} skipped (${passed + failed + skipped})`,
    );
    if (this.errors > 0) console.log(`      Errors  ${this.errors} error${this.errors === 1 ? "" : "s"}`);
  }

  printsToStdio(): boolean {
    return false;
  }
}
