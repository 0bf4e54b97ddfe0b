import { expect, test } from "@playwright/test";
import { signInAs } from "./helpers";
import {
  appTimeZone,
  chart,
  chartValues,
  cliReport,
  legendValues,
  settledRange,
  sum,
  waitForFirstSync,
} from "./overview-support";

// The overview's six charts against `pnpm cli report` for the same range (the must-show).

const CHARTS = ["direction", "status", "timeseries", "did", "distribution", "heatmap"] as const;

test.beforeEach(async ({ page }) => {
  await signInAs(page, "overview", "supervisor");
  await waitForFirstSync(page);
});

test("all six charts render and their numbers equal pnpm cli report for the same range", async ({ page }) => {
  test.setTimeout(180_000);
  const range = settledRange(7);
  await page.goto(range.url);
  for (const id of CHARTS) await expect(chart(page, id)).toHaveAttribute("data-state", "ready");
  for (const id of CHARTS)
    await expect(chart(page, id).locator("[data-testid=chart-element]").first()).toBeAttached();

  const report = await cliReport(range, await appTimeZone(page));
  expect(report.total).toBeGreaterThan(0);

  // KPI cards
  await expect(page.getByTestId("kpi-total")).toHaveAttribute("data-value", String(report.total));
  await expect(page.getByTestId("kpi-inbound")).toHaveAttribute(
    "data-value",
    String(report.byDirection.to_ab ?? 0),
  );
  await expect(page.getByTestId("kpi-abandoned")).toHaveAttribute(
    "data-value",
    String(report.byStatus.CANCELLED ?? 0),
  );

  // Direction (slices are drawn for directions with calls) and status (a bar for every status).
  const withCalls = (counts: Record<string, number>) =>
    Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0));
  expect(await chartValues(page, "direction")).toEqual(withCalls(report.byDirection));
  expect(await legendValues(page, "direction")).toEqual(report.byDirection);
  expect(await chartValues(page, "status")).toEqual(report.byStatus);

  // DIDs: the chart's bars are the busiest ones; its list holds every DID.
  const dids = withCalls(report.byDid);
  expect(await legendValues(page, "did")).toEqual(dids);
  const bars = await chartValues(page, "did");
  expect(Object.keys(bars).length).toBe(Math.min(12, Object.keys(dids).length));
  for (const [did, calls] of Object.entries(bars)) expect(calls, did).toBe(dids[did]);

  // Calls over time: every segment is a bucket × status; per status they add up to the report.
  const segments = await chartValues(page, "timeseries");
  const byStatus: Record<string, number> = {};
  for (const [key, calls] of Object.entries(segments)) {
    const status = key.split("|")[1] ?? "";
    byStatus[status] = (byStatus[status] ?? 0) + calls;
  }
  expect(byStatus).toEqual(withCalls(report.byStatus));

  // Distribution and heatmap count every call of the range once.
  expect(sum(await chartValues(page, "distribution"))).toBe(report.total);
  const cells = await chartValues(page, "heatmap");
  expect(Object.keys(cells).length).toBe(7 * 24);
  expect(sum(cells)).toBe(report.total);
});

test("KPI cards show the change against the previous period", async ({ page }) => {
  await page.goto(settledRange(7).url);
  const total = page.getByTestId("kpi-total");
  await expect(total.locator("dd")).toHaveText(/^\d[\d.]*$/);
  // Vietnamese by default: "so với kỳ trước" (vs previous period), or "không đổi" (unchanged).
  await expect(total.getByTestId("kpi-delta")).toHaveText(/kỳ trước/);
  await expect(page.getByTestId("kpi-answer-rate").locator("dd")).toHaveText(/^\d{1,3}(,\d)?\s?%$/);
  await expect(page.getByTestId("kpi-avg-talk").locator("dd")).toHaveText(/giây|phút|giờ/);
});

test("an empty period says so, and an invalid filter in the URL gets a message instead of charts", async ({
  page,
}) => {
  await page.goto("/?from=2001-01-01T00:00:00.000Z&to=2001-01-02T00:00:00.000Z");
  await expect(page.getByTestId("overview-empty")).toBeVisible();
  await expect(page.getByTestId("kpi-total")).toHaveAttribute("data-value", "0");
  for (const id of CHARTS) await expect(chart(page, id)).toHaveAttribute("data-state", "empty");

  await page.goto("/?minDurationSeconds=90&maxDurationSeconds=30");
  await expect(page.getByTestId("overview-error")).toContainText("Bộ lọc không hợp lệ");
});

test("the theme is remembered across reloads without a flash of the other one", async ({ page }) => {
  await page.goto("/");
  await page.getByTestId("theme-switch").getByRole("button", { name: "Tối" }).click();
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await expect.poll(background).toBe("rgb(17, 20, 24)");
  // The server renders the choice: the HTML itself carries it, before any script runs.
  const html = await (await page.request.get("/")).text();
  expect(html).toMatch(/class="shell" data-theme="dark"/);
  await page.reload();
  expect(await background()).toBe("rgb(17, 20, 24)");
  await page.getByTestId("theme-switch").getByRole("button", { name: "Sáng" }).click();
  await expect.poll(background).toBe("rgb(244, 246, 248)");
});
