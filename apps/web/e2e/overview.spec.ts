import { expect, test } from "./fixtures";

import {
  appTimeZone,
  chart,
  chartValues,
  cliReport,
  legendValues,
  settledRange,
  sum,
} from "./overview-support";

// The overview's six charts against `pnpm cli report` for the same range (the must-show).

const CHARTS = ["direction", "status", "timeseries", "did", "distribution", "heatmap"] as const;

test.beforeEach(async ({ signInWithHistory }) => {
  await signInWithHistory("supervisor");
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

  // KPI cards: the contract's kpis (inbound, outbound, internal), exactly as the CLI computes them.
  const { inbound, outbound, internal } = report.kpis;
  const cards: Record<string, number | null> = {
    offered: inbound.offered,
    answered: inbound.answered,
    missed: inbound.missed,
    "service-level": inbound.serviceLevel,
    asa: inbound.asaSeconds,
    "abandon-rate": inbound.abandonRate,
    "outbound-attempts": outbound.attempts,
    "connect-rate": outbound.connectRate,
    "internal-calls": internal.calls,
  };
  for (const [id, value] of Object.entries(cards))
    await expect(page.getByTestId(`kpi-${id}`), id).toHaveAttribute(
      "data-value",
      value === null ? "" : String(value),
    );
  expect(inbound.serviceLevel).not.toBeNull();
  expect(inbound.asaSeconds).not.toBeNull();
  expect(inbound.abandonRate).not.toBeNull();

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

  // The heatmap's modes: inbound missed shades by missed calls (danger colour), and its cells open inbound calls.
  await chart(page, "heatmap").getByRole("button", { name: "Gọi vào nhỡ" }).click();
  const missedGrid = chart(page, "heatmap").locator('[data-mode="inboundMissed"]');
  await expect(missedGrid).toBeVisible();
  const missedHref = await missedGrid.locator("a[href]").first().getAttribute("href");
  expect(missedHref).toContain("direction=to_ab");
  expect(missedHref).toContain("callClass=trunking");
});

test("KPI cards show the change against the previous period, their formula on hover and focus, and open their calls", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto(settledRange(7).url);
  const offered = page.getByTestId("kpi-offered");
  await expect(offered.locator("dd")).toHaveText(/^\d[\d.]*$/);
  // Vietnamese by default: "so với kỳ trước" (vs previous period), or "không đổi" (unchanged).
  await expect(offered.getByTestId("kpi-delta")).toHaveText(/kỳ trước/);
  const serviceLevel = page.getByTestId("kpi-service-level");
  await expect(serviceLevel.locator("dd")).toHaveText(/^\d{1,3}(,\d)?\s?%$/);
  await expect(serviceLevel).toHaveAttribute("data-standing", /^(met|below)$/);
  await expect(page.getByTestId("kpi-asa").locator("dd")).toHaveText(/giây|phút|giờ/);

  // The formula: hidden until the card is hovered or focused, and the description of the card's controls.
  const tip = serviceLevel.getByTestId("kpi-explain");
  await expect(tip).toBeHidden();
  await serviceLevel.hover();
  await expect(tip).toBeVisible();
  await expect(tip).toContainText("20 giây");
  await page.mouse.move(0, 0);
  await expect(tip).toBeHidden();
  const info = serviceLevel.getByRole("link", { name: /Cách tính/ });
  await info.focus();
  await expect(tip).toBeVisible();
  await expect(info).toHaveAccessibleDescription(/≤ 20 giây/);
  await expect(info).toHaveAttribute("href", "/glossary#kpis.inbound.serviceLevel");

  // The abandon rate opens the abandoned inbound calls it counts (longer than the short-abandon threshold).
  const abandon = new URL(
    (await page.getByTestId("kpi-abandon-rate").locator("dd a").getAttribute("href")) ?? "",
    "http://x",
  );
  expect(abandon.pathname).toBe("/calls");
  expect(abandon.searchParams.getAll("direction").join(",")).toBe("to_ab");
  expect(abandon.searchParams.getAll("callClass").join(",")).toBe("trunking");
  expect(abandon.searchParams.getAll("status").join(",")).toBe("CANCELLED");
  expect(abandon.searchParams.get("minDurationSeconds")).toBe("6");
});

test("an empty period says so, and an invalid filter in the URL gets a message instead of charts", async ({
  page,
}) => {
  await page.goto("/?from=2001-01-01T00:00:00.000Z&to=2001-01-02T00:00:00.000Z");
  await expect(page.getByTestId("overview-empty")).toBeVisible();
  await expect(page.getByTestId("kpi-offered")).toHaveAttribute("data-value", "0");
  // Rates with nothing to divide by read "—", never 0 %.
  await expect(page.getByTestId("kpi-service-level").locator("dd")).toHaveText("—");
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
