import { readFile } from "node:fs/promises";
import { expect, type Page, test } from "./fixtures";
import { DEMO_ADMIN, lastWeek, signIn, trpcMutation } from "./helpers";

const SUPERVISOR = { email: "supervisor@example.com", password: "supervisor-password", role: "supervisor" };
const VIEWER = { email: "viewer@example.com", password: "viewer-password-1", role: "viewer" };

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({ browser }) => {
  const page = await browser.newPage();
  await signIn(page, DEMO_ADMIN);
  for (const user of [SUPERVISOR, VIEWER]) {
    const { status } = await trpcMutation(page, "admin.createUser", { ...user, name: user.role });
    expect(status).toBe(200);
  }
  await page.close();
});

function exportUrl(format: "csv" | "xlsx"): string {
  const { from, to } = lastWeek();
  return `/api/export/calls?format=${format}&from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`;
}

async function download(page: Page, url: string) {
  const downloading = page.waitForEvent("download");
  await page.evaluate((href) => {
    const link = document.createElement("a");
    link.href = href;
    document.body.append(link);
    link.click();
  }, url);
  return downloading;
}

test("a supervisor downloads the filtered calls as CSV", async ({ page }) => {
  await signIn(page, SUPERVISOR);
  const file = await download(page, exportUrl("csv"));
  expect(file.suggestedFilename()).toMatch(/^calls-\d{8}-\d{8}\.csv$/);
  const bytes = await readFile(await file.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // BOM: Excel reads it as UTF-8
  const lines = bytes.toString("utf8").slice(1).trim().split(/\r?\n/);
  expect(lines[0]).toContain("direction");
  expect(lines.length).toBeGreaterThan(1);
});

test("a supervisor downloads XLSX; an invalid filter is refused with a reason", async ({ page }) => {
  await signIn(page, SUPERVISOR);
  const xlsx = await page.request.get(exportUrl("xlsx"));
  expect(xlsx.status()).toBe(200);
  expect((await xlsx.body()).subarray(0, 2).toString()).toBe("PK"); // a zip container
  const invalid = await page.request.get("/api/export/calls?format=csv&from=2026-02-01&to=2026-01-01");
  expect(invalid.status()).toBe(400);
  expect(((await invalid.json()) as { message: string }).message).toContain("to is before from");
});

test("a viewer may not export or play recordings (403)", async ({ page, trpc }) => {
  await signIn(page, VIEWER);
  await expect(page.getByTestId("kpi-offered")).toBeVisible();
  expect((await page.request.get(exportUrl("csv"))).status()).toBe(403);
  expect((await page.request.get("/api/recordings/any-call-id")).status()).toBe(403);
  const { status } = await trpc.mutate("admin.createUser", {
    email: "sneaky@example.com",
    name: "Sneaky",
    role: "admin",
    password: "long-enough-password",
  });
  expect(status).toBe(403);
});

test("a disabled user is signed out at once", async ({ adminPage: admin, page }) => {
  await signIn(page, VIEWER);
  const users = await admin.evaluate(async () => {
    const response = await fetch("/api/trpc/admin.listUsers");
    return ((await response.json()) as { result: { data: { json: Array<{ id: string; email: string }> } } })
      .result.data.json;
  });
  const viewer = users.find((user) => user.email === VIEWER.email);
  expect(viewer).toBeDefined();
  const { status } = await trpcMutation(admin, "admin.updateUser", { id: viewer?.id, disabled: true });
  expect(status).toBe(200);
  await page.reload();
  await expect(page).toHaveURL(/\/sign-in/);
});
