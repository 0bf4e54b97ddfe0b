import { expect, type Page, test } from "./fixtures";
import { type CallPage, countCalls, finishedRange, listCalls, renderedCallIds } from "./calls-support";

// The calls page against the API's own answers for the same filter, sort and page.

const range = finishedRange(3);
const inbound = { from: range.from, to: range.to, direction: ["to_ab"] };
const inboundUrl = `/calls?${range.query}&direction=to_ab`;

/** The first `n` rows the table shows equal the API's first `n` for that page. */
async function expectRows(page: Page, listed: CallPage, n = 15) {
  const expected = listed.rows.map((r) => r.id);
  await expect.poll(async () => (await renderedCallIds(page)).slice(0, n)).toEqual(expected.slice(0, n));
}

/** The API's page of inbound calls by duration (`direction`), from `cursor` if given. */
function byDuration(page: Page, direction: "asc" | "desc", cursor?: string | null): Promise<CallPage> {
  return listCalls(page, {
    filter: inbound,
    sort: { column: "duration_seconds", direction },
    limit: 50,
    ...(cursor !== undefined && { cursor }),
  });
}

test.beforeEach(async ({ signInWithHistory }) => {
  await signInWithHistory("supervisor");
});

test("a filter from the URL loads; sorting is done by the server; pages go forward and back; a reload keeps it all", async ({
  page,
}) => {
  const newest = await listCalls(page, { filter: inbound, limit: 50 });
  const total = await countCalls(page, inbound);
  expect(total).toBeGreaterThan(50); // enough for a second page

  await page.goto(inboundUrl);
  await expect(page.getByTestId("calls-total")).toHaveAttribute("data-total", String(total));
  await expectRows(page, newest);
  const directions = await page
    .locator("[data-testid=calls-table] tbody [data-direction]")
    .evaluateAll((badges) => badges.map((badge) => badge.getAttribute("data-direction")));
  expect(new Set(directions)).toEqual(new Set(["to_ab"]));

  // Longest first, then shortest first: the order the API gives for that sort, over the whole filter.
  const durationHeader = page.locator('th[data-column="duration_seconds"]');
  await durationHeader.getByRole("button").click();
  await expect(durationHeader).toHaveAttribute("aria-sort", "descending");
  const longest = await byDuration(page, "desc");
  await expectRows(page, longest);
  await durationHeader.getByRole("button").click();
  await expect(durationHeader).toHaveAttribute("aria-sort", "ascending");
  await expect(page).toHaveURL(/sort=duration_seconds&dir=asc/);
  const shortest = await byDuration(page, "asc");
  await expectRows(page, shortest);
  const shown = await page
    .locator('[data-testid=calls-table] tbody td[data-column="duration_seconds"] [data-seconds]')
    .evaluateAll((cells) => cells.map((cell) => Number(cell.getAttribute("data-seconds"))));
  expect(shown).toEqual([...shown].sort((a, b) => a - b));

  // The next page continues the same order on the server.
  await page.getByTestId("next-page").click();
  await expect(page).toHaveURL(/cursor=/);
  const second = await byDuration(page, "asc", shortest.nextCursor);
  await expectRows(page, second);
  await expect(page.getByTestId("page-position")).toContainText("51");

  // A reload shows the same filter, order and page.
  const url = page.url();
  await page.reload();
  expect(page.url()).toBe(url);
  await expect(page.getByTestId("calls-total")).toHaveAttribute("data-total", String(total));
  await expect(durationHeader).toHaveAttribute("aria-sort", "ascending");
  await expectRows(page, second);

  await page.getByTestId("previous-page").click();
  await expect(page).not.toHaveURL(/cursor=/);
  await expectRows(page, shortest);
  // The browser's back button walks the same steps.
  await page.goBack();
  await expectRows(page, second);
});

test("the detail panel shows every field of the call, opens from the keyboard, and survives a reload", async ({
  page,
  trpc,
}) => {
  const recorded = await listCalls(page, { filter: { ...inbound, hasRecording: true }, limit: 50 });
  const second = recorded.rows[1];
  expect(second).toBeDefined();
  await page.goto(`${inboundUrl}&hasRecording=true`);
  const firstRow = page.locator("[data-testid=calls-table] tbody tr[data-call-id]").first();
  await firstRow.focus();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(
    new RegExp(`call=${encodeURIComponent(second!.id).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`),
  );

  const call = await trpc.query<Record<string, unknown>>("calls.get", { id: second!.id });
  const panel = page.getByTestId("call-detail");
  const field = (name: string) => panel.locator(`[data-field="${name}"] dd`);
  await expect(field("id")).toHaveText(second!.id);
  await expect(field("caller")).toHaveText(String(call.callerNumber));
  await expect(field("callee")).toHaveText(String(call.calleeNumber));
  await expect(field("fingerprint")).toHaveText(String(call.fingerprint));
  await expect(field("unixTimestamp")).toHaveText(String(call.unixTimestamp));
  const duration = Number(call.durationSeconds);
  await expect(field("duration")).toContainText(
    `${Math.floor(duration / 60)}:${String(duration % 60).padStart(2, "0")}`,
  );
  await expect(panel.locator("[data-field]")).toHaveCount(21);

  await page.reload();
  await expect(field("id")).toHaveText(second!.id);
  // Opening moves the focus into the panel (once the page is live), so Escape closes it.
  await expect(panel.getByRole("heading", { level: 2 })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(panel).toBeHidden();
  await expect(page).not.toHaveURL(/call=/);
});

test("a supervisor sees the recording player, the export buttons and call-back (which says the SIP device is missing)", async ({
  page,
}) => {
  await page.goto(`${inboundUrl}&hasRecording=true`);
  await expect(page.getByTestId("export-csv")).toBeVisible();
  await expect(page.getByTestId("export-xlsx")).toBeVisible();
  await page.locator("[data-testid=calls-table] tbody tr[data-call-id]").first().click();
  await expect(page.getByTestId("recording-player")).toBeVisible();
  await expect(page.getByTestId("recording-player").locator("audio")).toHaveAttribute(
    "src",
    /^\/api\/recordings\//,
  );
  await page.getByTestId("call-back").click();
  await expect(page.getByTestId("call-back-error")).toHaveAttribute("data-problem", "notConfigured");
});

test("a viewer sees the calls but no recording player, no export and no call-back", async ({
  browser,
  signInAs,
}) => {
  const page = await browser.newPage();
  await signInAs("viewer", page);
  await page.goto(`${inboundUrl}&hasRecording=true`);
  await expect(page.locator("[data-testid=calls-table] tbody tr[data-call-id]").first()).toBeVisible();
  await page.locator("[data-testid=calls-table] tbody tr[data-call-id]").first().click();
  await expect(page.getByTestId("call-detail").locator('[data-field="recording"]')).toBeVisible();
  await expect(page.getByTestId("recording-player")).toHaveCount(0);
  await expect(page.locator("audio")).toHaveCount(0);
  await expect(page.getByTestId("export-csv")).toHaveCount(0);
  await expect(page.getByTestId("export-xlsx")).toHaveCount(0);
  await expect(page.getByTestId("call-back")).toHaveCount(0);
  await page.close();
});

test("hidden columns stay hidden after a reload", async ({ page }) => {
  await page.goto(inboundUrl);
  await expect(page.locator('th[data-column="agents"]')).toBeVisible();
  await page.getByTestId("column-chooser").locator("summary").click();
  await page.getByTestId("column-chooser").getByRole("checkbox", { name: "Nhân viên" }).uncheck();
  await expect(page.locator('th[data-column="agents"]')).toHaveCount(0);
  await page.reload();
  await expect(page.locator('th[data-column="did_number"]')).toBeVisible();
  await expect(page.locator('th[data-column="agents"]')).toHaveCount(0);
});

test("a long page renders only the rows in view, and the rest as it scrolls", async ({ page }) => {
  const long = await listCalls(page, { filter: { from: range.from, to: range.to }, limit: 200 });
  expect(long.rows).toHaveLength(200);
  await page.goto(`/calls?${range.query}&size=200`);
  await expectRows(page, long);
  const rendered = await renderedCallIds(page);
  expect(rendered.length).toBeLessThan(80);
  await expect(page.getByTestId("calls-table")).toHaveAttribute("aria-rowcount", "201");
  // The keyboard reaches the last row; the table scrolls it into existence.
  await page.locator("[data-testid=calls-table] tbody tr[data-call-id]").first().focus();
  await page.keyboard.press("End");
  const last = page.locator(`tr[data-call-id="${long.rows[199]!.id}"]`);
  await expect(last).toBeFocused();
  await expect(last).toHaveAttribute("aria-rowindex", "201");
  expect(await renderedCallIds(page)).not.toContain(long.rows[0]!.id);
});
