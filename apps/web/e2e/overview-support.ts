import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import type { CallKpis } from "@antdash/api";
import { expect, type Locator, type Page } from "@playwright/test";

// Shared by the overview, filter and language specs: a stable range, the CLI's report for it, and reading the numbers
// the overview's charts carry (data-key / data-value on every element). Waiting for the demo history: calls-support.

const run = promisify(execFile);

/** `days` of demo history ending an hour ago, so calls arriving live during the test change nothing in it. */
export function settledRange(days: number): { from: string; to: string; url: string } {
  const to = new Date(Math.floor((Date.now() - 3_600_000) / 60_000) * 60_000 - 1);
  const from = new Date(to.getTime() + 1 - days * 86_400_000);
  const query = new URLSearchParams({ from: from.toISOString(), to: to.toISOString() });
  return { from: from.toISOString(), to: to.toISOString(), url: `/?${query}` };
}

export interface CliReport {
  total: number;
  byDirection: Record<string, number>;
  byStatus: Record<string, number>;
  byDid: Record<string, number>;
  timeZone: string;
  /** Issue 12's KPI contract. */
  kpis: CallKpis;
}

/** `pnpm cli report --format json` for a range, against the running app's database, in the app's zone. */
export async function cliReport(range: { from: string; to: string }, timeZone: string): Promise<CliReport> {
  const { stdout } = await run(
    "npx",
    [
      "-y",
      "pnpm@12",
      "--silent",
      "cli",
      "report",
      "--from",
      range.from,
      "--to",
      range.to,
      "--format",
      "json",
    ],
    {
      cwd: path.resolve(import.meta.dirname, "../../.."),
      // The app under test is on PostgreSQL when CI sets E2E_DATABASE_URL: the CLI must read the same database.
      env: {
        ...process.env,
        DATA_DIR: process.env.E2E_DATA_DIR,
        TZ: timeZone,
        DATABASE_URL: process.env.E2E_DATABASE_URL ?? "",
      },
      // Generous: the CLI compiles on start, slow on a loaded machine.
      timeout: 150_000,
    },
  );
  const line = stdout
    .split("\n")
    .reverse()
    .find((l) => l.startsWith("{"));
  if (!line) throw new Error(`no JSON in the report's output: ${stdout}`);
  return JSON.parse(line) as CliReport;
}

/** The chart with this id ("status", "did"...), once drawn. */
export function chart(page: Page, id: string): Locator {
  return page.getByTestId(`chart-${id}`);
}

/** key → value of every element a chart has drawn (bars, slices, points, cells). */
export async function chartValues(page: Page, id: string): Promise<Record<string, number>> {
  const elements = chart(page, id).locator("[data-testid=chart-element]");
  await expect(elements.first()).toBeAttached();
  return Object.fromEntries(
    await elements.evaluateAll((nodes) =>
      nodes.map((n) => [n.getAttribute("data-key") ?? "", Number(n.getAttribute("data-value"))] as const),
    ),
  );
}

/** key → value of a chart's legend of numbers (every category, zeros included). */
export async function legendValues(page: Page, id: string): Promise<Record<string, number>> {
  return Object.fromEntries(
    await chart(page, id)
      .locator("[data-testid=value-item]")
      .evaluateAll((nodes) =>
        nodes.map((n) => [n.getAttribute("data-key") ?? "", Number(n.getAttribute("data-value"))] as const),
      ),
  );
}

export const sum = (values: Record<string, number>) => Object.values(values).reduce((a, b) => a + b, 0);

/** The app's zone, as the shell shows it. */
export async function appTimeZone(page: Page): Promise<string> {
  return (await page.getByTestId("time-zone").getAttribute("data-zone")) ?? "";
}
