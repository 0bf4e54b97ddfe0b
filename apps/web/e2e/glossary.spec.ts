import { expect, test } from "./fixtures";

// The KPI glossary (issue 12): every formula and the wait caveat, in Vietnamese and English, linked from the
// navigation and from each overview card.

test.beforeEach(async ({ signInAs }) => {
  test.setTimeout(120_000);
  await signInAs("viewer");
});

test("the glossary lists every formula and the wait caveat in Vietnamese and in English", async ({
  page,
}) => {
  await page.goto("/glossary");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thuật ngữ chỉ số");
  const serviceLevel = page.locator('[id="kpis.inbound.serviceLevel"]');
  await expect(serviceLevel).toContainText("Mức phục vụ");
  await expect(serviceLevel).toContainText("≤ 20 giây"); // the threshold in force, filled in
  await expect(page.getByTestId("glossary-wait")).toContainText("đổ chuông và IVR");
  await expect(page.getByTestId("glossary-settings")).toContainText("20 giây");
  const entries = page.getByTestId("glossary-entry");
  expect(await entries.count()).toBeGreaterThanOrEqual(16);
  for (const key of [
    "kpis.inbound.abandonRate",
    "kpis.inbound.asaSeconds",
    "kpis.outbound.connectRate",
    "kpis.internal.calls",
  ]) {
    await expect(page.locator(`[id="${key}"]`), key).toBeVisible();
  }
  await expect(page.getByRole("row", { name: /CANCELLED/ })).toContainText("Khách bỏ máy");
  await expect(page.getByRole("row", { name: /CANCELLED/ })).toContainText("Hủy trước khi trả lời");

  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("KPI glossary");
  await expect(serviceLevel).toContainText("Service level");
  await expect(serviceLevel).toContainText("≤ 20 s");
  await expect(page.getByTestId("glossary-wait")).toContainText("ringing and IVR");
  await expect(page.getByRole("row", { name: /IVR/ })).toContainText("Reached the system, not picked up");
  expect(await entries.count()).toBeGreaterThanOrEqual(16);
  await page.getByRole("button", { name: "Tiếng Việt" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thuật ngữ chỉ số");
});

test("the navigation and each overview card lead to the glossary", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation").getByRole("link", { name: "Thuật ngữ chỉ số" }).click();
  await expect(page).toHaveURL(/\/glossary$/);
  await page.goto("/");
  await page
    .getByTestId("kpi-abandon-rate")
    .getByRole("link", { name: /Cách tính/ })
    .click();
  await expect(page).toHaveURL(/\/glossary#kpis\.inbound\.abandonRate$/);
  await expect(page.locator('[id="kpis.inbound.abandonRate"]')).toBeInViewport();
});
