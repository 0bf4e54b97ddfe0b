import { expect, test } from "./fixtures";

// The sync status page: freshness for everyone, backfill and quarantine for admins only.

const START_BACKFILL = /^(Bắt đầu nạp lại|Start backfill)$/;

test("an admin sees the newest cached call and the quarantine list, backfills a day and sees it finish", async ({
  page,
  signInAs,
}) => {
  await signInAs("admin");
  await page.goto("/sync");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Đồng bộ dữ liệu|Data sync/);
  // Once the first pass has written calls, the newest one's time shows (with how long ago it was).
  await expect(async () => {
    await page.reload();
    await expect(page.getByTestId("newest-call").locator("time")).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 120_000 });
  await expect(page.getByTestId("newest-call")).toContainText(/trước|ago|bây giờ|this minute/);
  await expect(page.getByRole("heading", { name: /Bản ghi bị cách ly|Quarantined records/ })).toBeVisible();
  await expect(
    page.getByTestId("quarantine-empty").or(page.getByTestId("quarantine-row").first()),
  ).toBeVisible();

  // An end before the start is refused before anything is sent.
  const from = page.getByLabel(/^(Từ ngày|From)$/);
  const to = page.getByLabel(/^(Đến ngày|To)$/);
  await to.fill("2020-01-01");
  await page.getByRole("button", { name: START_BACKFILL }).click();
  await expect(page.getByText(/Ngày kết thúc phải sau|end date must be on or after/)).toBeVisible();
  await expect(to).toHaveAttribute("aria-invalid", "true");

  // A day before the demo's first sync (it fetched 14 days; the simulator holds 90), so there is something to
  // write. A scheduled pass may be running at that moment: the page says so, and the admin tries again.
  const day = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" }).format(
    new Date(Date.now() - 20 * 86_400_000),
  );
  await from.fill(day);
  await to.fill(day);
  await expect(async () => {
    await page.getByRole("button", { name: START_BACKFILL }).click();
    await expect(page.getByText(/Đã bắt đầu nạp lại|Backfill started/)).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 60_000 });
  const finished = page.getByTestId("backfill-finished");
  await expect(finished).toHaveAttribute("data-status", "succeeded", { timeout: 60_000 });
  const bar = finished.locator("progress");
  expect(await bar.getAttribute("value")).toBe(await bar.getAttribute("max"));
  await expect(finished).toContainText(/[1-9][\d.,]* (cuộc gọi mới|new calls)/);
  await expect(page.locator("[data-testid=sync-run][data-kind=backfill]").first()).toBeVisible();
});

for (const role of ["supervisor", "viewer"] as const) {
  test(`a ${role} sees the freshness but no sync controls, and no Sync entry in the navigation`, async ({
    page,
    signInAs,
  }) => {
    await signInAs(role);
    const nav = page.getByRole("navigation", { name: /Điều hướng chính|Main navigation/ });
    await expect(nav.getByRole("link").first()).toBeVisible();
    await expect(nav.getByRole("link", { name: /^(Đồng bộ|Sync)$/ })).toHaveCount(0);

    await page.goto("/sync");
    await expect(page.getByRole("heading", { name: /Độ mới của dữ liệu|Data freshness/ })).toBeVisible();
    await expect(page.getByTestId("sync-state")).toBeVisible();
    await expect(page.getByRole("button", { name: START_BACKFILL })).toHaveCount(0);
    await expect(page.getByRole("heading", { name: /Bản ghi bị cách ly|Quarantined records/ })).toHaveCount(
      0,
    );
    // The server refuses them too.
    const response = await page.request.get(
      `/api/trpc/sync.quarantine?input=${encodeURIComponent(JSON.stringify({ json: { limit: 10 } }))}`,
    );
    expect(response.status()).toBe(403);
  });
}
