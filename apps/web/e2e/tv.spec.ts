import { expect, test } from "./fixtures";
import { DEMO_ADMIN, signIn } from "./helpers";
import {
  createDisplay,
  getKpiSettings,
  getThresholds,
  placeCall,
  revokeDisplay,
  setKpiSettings,
  setThresholds,
  type Thresholds,
  tileNumber,
  uniqueNumber,
} from "./tv-helpers";

// The TV wallboard: /tv/<display token>. The specs share one server; thresholds are restored after each test.
test.describe.configure({ mode: "serial" });

test("the token URL opens the wallboard in the display's language; a wrong or revoked token is refused", async ({
  adminPage: admin,
  browser,
}) => {
  const display = await createDisplay(admin, "Reception wall");

  // A screen has no session: a fresh context, only the link.
  const tv = await browser.newPage();
  const opened = await tv.goto(`/tv/${display.token}`);
  expect(opened?.status()).toBe(200);
  await expect(tv.getByTestId("wallboard")).toBeVisible();
  await expect(tv.getByText("Reception wall")).toBeVisible();
  await expect(tv.getByTestId("panel-title")).toHaveText("Hôm nay");
  await expect(tv.getByTestId("tile-serviceLevel")).toBeVisible();
  await expect(tv.getByTestId("data-as-of")).toContainText(/\d{2}:\d{2}:\d{2}/);
  await tv.goto(`/tv/${display.token}?lang=en`);
  await expect(tv.getByTestId("panel-title")).toHaveText("Today");
  await expect(tv.getByTestId("tile-serviceLevel")).toContainText("Service level");

  const wrong = await tv.goto(`/tv/${"x".repeat(43)}`);
  expect(wrong?.status()).toBe(404);
  await expect(tv.getByTestId("tv-refused")).toBeVisible();
  expect((await tv.request.get("/api/wallboard/events?tv=wrong")).status()).toBe(401);

  // Revoked while the screen shows the board: the screen stops within a minute, and the link no longer opens.
  await tv.goto(`/tv/${display.token}?lang=en`);
  await expect(tv.getByTestId("wallboard")).toBeVisible();
  await revokeDisplay(admin, display.id);
  await expect(tv.getByTestId("tv-refused")).toBeVisible({ timeout: 60_000 });
  expect((await tv.goto(`/tv/${display.token}`))?.status()).toBe(404);
  expect((await tv.request.get(`/api/wallboard/events?tv=${display.token}`)).status()).toBe(401);
  // Even in a browser where an admin is signed in, a revoked link shows nothing.
  expect((await admin.goto(`/tv/${display.token}`))?.status()).toBe(404);
  await tv.close();
});

test("admins create a display, copy its link, rename and revoke it", async ({ page, browser }) => {
  await signIn(page, DEMO_ADMIN);
  await page.goto("/admin/tv-displays");
  await page.getByLabel("Tên màn hình").fill("Sàn CSKH tầng 3");
  await page.getByRole("button", { name: "Tạo liên kết" }).click();
  const url = await page.getByTestId("display-url").inputValue();
  expect(url).toMatch(/\/tv\/[A-Za-z0-9_-]{43}$/);
  const row = page.getByTestId("tv-display-row").filter({ hasText: "Sàn CSKH tầng 3" });
  await expect(row).toContainText("Chưa kết nối");

  const tv = await browser.newPage();
  await tv.goto(url);
  await expect(tv.getByTestId("wallboard")).toBeVisible();
  await page.reload();
  await expect(row).not.toContainText("Chưa kết nối");

  await row.getByRole("button", { name: "Đổi tên: Sàn CSKH tầng 3" }).click();
  await page.getByLabel("Tên mới cho Sàn CSKH tầng 3").fill("Sàn CSKH tầng 4");
  await page.getByRole("button", { name: "Lưu" }).click();
  const renamed = page.getByTestId("tv-display-row").filter({ hasText: "Sàn CSKH tầng 4" });
  await expect(renamed).toBeVisible();
  await tv.reload();
  await expect(tv.getByText("Sàn CSKH tầng 4")).toBeVisible();

  await renamed.getByRole("button", { name: "Thu hồi: Sàn CSKH tầng 4" }).click();
  await renamed.getByRole("button", { name: "Xác nhận thu hồi" }).click();
  await expect(renamed).toContainText("Đã thu hồi");
  expect((await tv.goto(url))?.status()).toBe(404);
  await tv.close();
});

test("the panels rotate; a breached threshold turns its tile red and holds the rotation until it recovers", async ({
  adminPage: admin,
  browser,
}) => {
  const original: Thresholds = await getThresholds(admin);
  const originalKpi = await getKpiSettings(admin);
  const display = await createDisplay(admin, "Rotation wall");
  const tv = await browser.newPage();
  // Thresholds nothing can breach, then one that any unanswered inbound call today breaches.
  const calm = {
    ...original,
    answerRateRedPercent: 0,
    answerRateAmberPercent: 0,
    maxWaitSeconds: 3600,
    abandonRateRedPercent: 100,
  };
  const breached = { ...calm, answerRateRedPercent: 100, answerRateAmberPercent: 100 };
  try {
    await setThresholds(admin, calm);
    await setKpiSettings(admin, { ...originalKpi, serviceLevelTargetPercent: 0 });
    await tv.goto(`/tv/${display.token}?rotate=5`);
    const wall = tv.getByTestId("wallboard");
    await expect(wall).toHaveAttribute("data-panel", "kpis");
    await expect(wall).toHaveAttribute("data-panel", "hourly", { timeout: 12_000 });
    await expect(wall).toHaveAttribute("data-panel", "status", { timeout: 12_000 });

    // Make sure today has an unanswered call, so an answer-rate threshold of 100 % is certainly breached.
    await placeCall(tv, {
      direction: "to_ab",
      caller: uniqueNumber(),
      ringSeconds: 1,
      answered: false,
      status: "CANCELLED",
    });
    await tv.goto(`/tv/${display.token}?rotate=600`);
    await expect.poll(() => tileNumber(tv, "missed"), { timeout: 45_000 }).toBeGreaterThan(0);

    // From here the screen's clock is the test's: a rotation period passes when the test says so, however loaded
    // the machine (the pushes still arrive on their own).
    await tv.clock.install();
    await tv.goto(`/tv/${display.token}?rotate=5`);
    await expect(wall).toHaveAttribute("data-panel", "kpis");
    await tv.clock.pauseAt(Date.now() + 1_000);
    await tv.clock.runFor(5_000);
    await expect(wall).not.toHaveAttribute("data-panel", "kpis");
    await setThresholds(admin, breached);
    // Pushed: the tile turns red and the screen goes back to the KPIs and stays there, three periods on.
    await expect(tv.getByTestId("tile-answered")).toHaveAttribute("data-level", "red", { timeout: 30_000 });
    await expect(wall).toHaveAttribute("data-panel", "kpis");
    await expect(tv.getByTestId("rotation-held")).toBeVisible();
    await tv.clock.runFor(15_000);
    await expect(wall).toHaveAttribute("data-panel", "kpis");

    // Recovered: the rotation goes on at the next period.
    await setThresholds(admin, calm);
    await expect(tv.getByTestId("rotation-held")).toBeHidden({ timeout: 30_000 });
    await tv.clock.runFor(5_000);
    await expect(wall).not.toHaveAttribute("data-panel", "kpis");
  } finally {
    await setThresholds(admin, original);
    await setKpiSettings(admin, originalKpi);
    await tv.close();
  }
});

test("a service level under its target turns the TV tile red; at or above it, it is not", async ({
  adminPage: admin,
  browser,
}) => {
  test.setTimeout(180_000);
  const original = await getKpiSettings(admin);
  const originalThresholds = await getThresholds(admin);
  const display = await createDisplay(admin, "Service level wall");
  const tv = await browser.newPage();
  try {
    // Nothing else red, so the screen stays readable; then an inbound call the caller abandoned after 8 s of
    // ringing (longer than the short-abandon threshold): today's service level is certainly under 100 %.
    await setThresholds(admin, { ...originalThresholds, answerRateRedPercent: 0, answerRateAmberPercent: 0 });
    await setKpiSettings(admin, { ...original, serviceLevelTargetPercent: 0, shortAbandonSeconds: 5 });
    await placeCall(tv, {
      direction: "to_ab",
      caller: uniqueNumber(),
      ringSeconds: 8,
      answered: false,
      status: "CANCELLED",
    });
    await tv.goto(`/tv/${display.token}?rotate=600&lang=en`);
    const tile = tv.getByTestId("tile-serviceLevel");
    await expect(tile).toHaveAttribute("data-level", "ok", { timeout: 45_000 });

    await setKpiSettings(admin, { ...original, serviceLevelTargetPercent: 100, shortAbandonSeconds: 5 });
    await expect(tile).toHaveAttribute("data-level", "red", { timeout: 45_000 });
    await expect(tile).toContainText("Threshold breached");
    await expect(tile).toContainText("Target: 100.0%");
    await expect(tv.getByTestId("wallboard")).toHaveAttribute("data-panel", "kpis");
    await expect(tv.getByTestId("rotation-held")).toBeVisible();

    await setKpiSettings(admin, { ...original, serviceLevelTargetPercent: 0 });
    await expect(tile).toHaveAttribute("data-level", "ok", { timeout: 45_000 });
  } finally {
    await setKpiSettings(admin, original);
    await setThresholds(admin, originalThresholds);
    await revokeDisplay(admin, display.id);
    await tv.close();
  }
});
