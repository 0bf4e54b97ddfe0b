import { expect, type Page, test } from "./fixtures";

import { chart, settledRange } from "./overview-support";

// The filter lives in the URL: chart elements drill into /calls with exactly their calls, reloads restore the
// filter, the back button undoes a change, invalid input is stopped before any request, views can be saved.

test.beforeEach(async ({ signInWithHistory }) => {
  await signInWithHistory("supervisor");
});

/** The query of the current URL as a sorted list of [key, value] pairs. */
function queryOf(url: string): [string, string][] {
  return [...new URL(url).searchParams].sort(([a, x], [b, y]) => a.localeCompare(b) || x.localeCompare(y));
}

/** The calls page loaded: its total equals the element's count. */
async function expectCallsPage(page: Page, expected: number) {
  await expect(page.getByTestId("signed-in-user")).toBeVisible();
  await expect(page.getByTestId("calls-total")).toHaveAttribute("data-total", String(expected));
}

test("clicking the BUSY bar opens /calls with exactly those calls; a reload restores the filter", async ({
  page,
}) => {
  const range = settledRange(7);
  await page.goto(`${range.url}&direction=to_ab`);
  const busy = chart(page, "status").locator('[data-testid=chart-element][data-key="BUSY"]');
  const count = Number(await busy.getAttribute("data-value"));
  expect(count).toBeGreaterThan(0);
  // Followed from the keyboard: inbound BUSY calls can be a bar too thin to click beside the axis line.
  await busy.press("Enter");

  await expect(page).toHaveURL(/\/calls\?/);
  expect(queryOf(page.url())).toEqual(
    [
      ["direction", "to_ab"],
      ["from", range.from],
      ["status", "BUSY"],
      ["to", range.to],
    ].sort(([a], [b]) => a!.localeCompare(b!)),
  );
  await expectCallsPage(page, count);
  const drilled = page.url();
  await page.reload();
  expect(page.url()).toBe(drilled);
  await expectCallsPage(page, count);
});

test("a DID bar, a time bucket and a heatmap cell drill into their calls with exact instants", async ({
  page,
}) => {
  const range = settledRange(7);
  await page.goto(range.url);

  const did = chart(page, "did").locator("[data-testid=chart-element]").first();
  const number = (await did.getAttribute("data-key")) ?? "";
  await did.locator("path").click();
  await expect(page).toHaveURL(/\/calls\?/);
  const didQuery = new URL(page.url()).searchParams;
  expect(didQuery.getAll("did")).toEqual([number]);
  expect([didQuery.get("from"), didQuery.get("to")]).toEqual([range.from, range.to]);
  await page.goBack();
  await expect(page).toHaveURL((url) => url.pathname === "/");

  // The biggest stacked segment (easy to hit): its bucket's instants and its status.
  const segments = chart(page, "timeseries").locator("[data-testid=chart-element]");
  const keys = await segments.evaluateAll((nodes) =>
    nodes
      .map((n) => [n.getAttribute("data-key") ?? "", Number(n.getAttribute("data-value"))] as const)
      .sort((a, b) => b[1] - a[1]),
  );
  const biggest = keys[0]?.[0] ?? "";
  const segment = segments.and(page.locator(`[data-key="${biggest}"]`));
  const [, status] = biggest.split("|");
  await segment.locator("path").click();
  await expect(page).toHaveURL(/\/calls\?/);
  const bucket = new URL(page.url()).searchParams;
  expect(bucket.getAll("status")).toEqual([status]);
  const from = Date.parse(bucket.get("from") ?? "");
  const to = Date.parse(bucket.get("to") ?? "");
  expect(from).toBeGreaterThanOrEqual(Date.parse(range.from));
  expect(to).toBeLessThanOrEqual(Date.parse(range.to));
  expect(to - from).toBeLessThan(25 * 3_600_000); // one day (7-day ranges are drawn by day)
  await page.goBack();

  // A 7-day range holds each weekday-hour once: the cell's link is that exact hour.
  const cell = chart(page, "heatmap")
    .locator("[data-testid=chart-element][href]:not([data-value='0'])")
    .first();
  const cellCount = Number(await cell.getAttribute("data-value"));
  await cell.click();
  await expect(page).toHaveURL(/\/calls\?/);
  const hour = new URL(page.url()).searchParams;
  expect(Date.parse(hour.get("to") ?? "") - Date.parse(hour.get("from") ?? "")).toBeLessThan(3_600_000);
  await expectCallsPage(page, cellCount);
});

test("the filter bar writes the URL; back undoes each change; a copied link shows the same view", async ({
  page,
}) => {
  await page.goto("/");
  await page.getByTestId("filter-range").selectOption("yesterday");
  await expect(page).toHaveURL(/\/\?range=yesterday$/);

  const status = page.getByTestId("filter-status");
  await status.locator("summary").click();
  await status.getByLabel("Máy bận").check();
  await expect(page).toHaveURL(/range=yesterday&status=BUSY$/);
  await expect(status.locator("summary")).toContainText("Máy bận");

  await page.getByTestId("filter-number").fill("09");
  await page.getByTestId("filter-apply").click();
  await expect(page).toHaveURL(/range=yesterday&status=BUSY&number=09$/);

  // A copied link, in a fresh page, shows the same filter.
  const copied = page.url();
  const other = await page.context().newPage();
  await other.goto(copied);
  await expect(other.getByTestId("filter-number")).toHaveValue("09");
  await expect(other.getByTestId("filter-range")).toHaveValue("yesterday");
  await expect(other.getByTestId("filter-status").locator("summary")).toContainText("Máy bận");
  await other.close();

  await page.goBack();
  await expect(page).toHaveURL(/range=yesterday&status=BUSY$/);
  await expect(page.getByTestId("filter-number")).toHaveValue("");
  await page.goBack();
  await expect(page).toHaveURL(/\/\?range=yesterday$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByTestId("filter-range")).toHaveValue("last7");
});

test("invalid input gets a message instead of a request", async ({ page }) => {
  await page.goto("/?range=lastWeek");
  await page.waitForLoadState("networkidle");
  const before = page.url();
  // Neither a navigation (a server render of the page) nor a data request.
  let requests = 0;
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.pathname === "/" || url.pathname.startsWith("/api/trpc/analytics")) requests++;
  });

  await page.getByTestId("filter-minDuration").fill("90");
  await page.getByTestId("filter-maxDuration").fill("30");
  await page.getByTestId("filter-apply").click();
  await expect(page.getByText("Thời lượng tối thiểu đang lớn hơn tối đa.")).toBeVisible();
  await expect(page.getByTestId("filter-maxDuration")).toHaveAttribute("aria-invalid", "true");

  await page.getByTestId("filter-maxDuration").fill("120");
  await page.getByTestId("filter-range").selectOption("custom");
  await page.getByTestId("filter-from").fill("2026-11-10T08:00");
  await page.getByTestId("filter-to").fill("2026-11-09T08:00");
  await page.getByTestId("filter-apply").click();
  await expect(page.getByText("Thời điểm kết thúc phải sau thời điểm bắt đầu.")).toBeVisible();
  expect(page.url()).toBe(before);
  expect(requests).toBe(0);

  // Corrected, it applies: the custom range is wall-clock time in the app's zone (Asia/Ho_Chi_Minh, UTC+7).
  await page.getByTestId("filter-to").fill("2026-11-10T18:30");
  await page.getByTestId("filter-apply").click();
  await expect(page).toHaveURL(
    /from=2026-11-10T01%3A00%3A00\.000Z&to=2026-11-10T11%3A30%3A59\.999Z&minDurationSeconds=90&maxDurationSeconds=120/,
  );
});

test("a named view is saved, opened and deleted", async ({ page }) => {
  const name = `Bận hôm qua ${Date.now()}`;
  await page.goto("/?range=yesterday&status=BUSY");
  const views = page.getByTestId("saved-views");
  await views.locator("summary").click();
  await views.getByLabel("Tên bộ lọc").fill(name);
  await views.getByRole("button", { name: "Lưu bộ lọc hiện tại" }).click();
  await expect(views.getByRole("link", { name })).toBeVisible();

  await page.goto("/");
  await views.locator("summary").click();
  await views.getByRole("link", { name }).click();
  await expect(page).toHaveURL(/\/\?range=yesterday&status=BUSY$/);
  await expect(page.getByTestId("filter-status").locator("summary")).toContainText("Máy bận");

  await expect(views).not.toHaveAttribute("open"); // choosing a view closed the list
  await views.locator("summary").click();
  await views.getByRole("button", { name: `Xóa “${name}”` }).click();
  await expect(views.getByRole("link", { name })).toHaveCount(0);
});
