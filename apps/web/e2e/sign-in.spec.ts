import { expect, test } from "@playwright/test";
import { DEMO_ADMIN, signIn } from "./helpers";

test("an anonymous visitor is sent to sign-in", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByRole("heading", { name: "Đăng nhập" })).toBeVisible();
});

test("the admin signs in and the overview shows the synced numbers", async ({ page }) => {
  await signIn(page, DEMO_ADMIN);
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("heading", { name: "Tổng quan" })).toBeVisible();
  // The first sync starts with the server; reload until its calls are counted.
  await expect(async () => {
    await page.reload();
    const total = await page.getByTestId("kpi-offered").locator("dd").innerText();
    expect(Number(total.replace(/\D/g, ""))).toBeGreaterThan(0);
  }).toPass({ timeout: 60_000 });
  const answered = Number(
    (await page.getByTestId("kpi-answered").locator("dd").innerText()).replace(/\D/g, ""),
  );
  const total = Number((await page.getByTestId("kpi-offered").locator("dd").innerText()).replace(/\D/g, ""));
  expect(answered).toBeGreaterThan(0);
  expect(answered).toBeLessThanOrEqual(total);
  await expect(page.getByTestId("kpi-service-level").locator("dd")).toHaveText(/^\d{1,3}(,\d{1,2})?\s?%$/);
});

test("a wrong password is refused with a message", async ({ page }) => {
  await page.goto("/sign-in");
  await page.locator("#email").fill(DEMO_ADMIN.email);
  await page.locator("#password").fill("not-the-password");
  await page.locator("button[type=submit]").click();
  await expect(page.getByTestId("sign-in-error")).toHaveText("Email hoặc mật khẩu không đúng.");
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("repeated failures are rate-limited, in the chosen language", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  const email = "nobody@example.com";
  for (let attempt = 1; attempt <= 5; attempt++) {
    await page.locator("#email").fill(email);
    await page.locator("#password").fill(`wrong-password-${attempt}`);
    await page.locator("button[type=submit]").click();
    await expect(page.getByTestId("sign-in-error")).toHaveText("Wrong email or password.");
  }
  await page.locator("#password").fill("wrong-password-6");
  await page.locator("button[type=submit]").click();
  await expect(page.getByTestId("sign-in-error")).toHaveText(
    "Too many failed sign-ins. Please try again in a few minutes.",
  );
});

test("pages carry a nonce CSP and no console errors", async ({ page }) => {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`${message.text()} (${message.location().url})`);
  });
  const response = await page.goto("/sign-in");
  const csp = response?.headers()["content-security-policy"] ?? "";
  expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(csp).toContain("frame-ancestors 'none'");
  // Hydrated: the language switch works only once React runs, so CSP did not block the scripts.
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await page.getByRole("button", { name: "Tiếng Việt" }).click();
  await expect(page.getByRole("heading", { name: "Đăng nhập" })).toBeVisible();
  expect(errors).toEqual([]);
});
