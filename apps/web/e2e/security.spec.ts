import http from "node:http";
import { expect, type Page, test } from "./fixtures";
import { finishedRange } from "./calls-support";
import { signIn, trpcMutation } from "./helpers";

// What an attacker tries against the running app (issue 15): replayed cookies, redirects, abandoned downloads,
// undecodable paths, the app's own error pages under the CSP.

const COOKIE = "next-auth.session-token";

// Several sign-ins per test (argon2 each): on a loaded machine they need more than the default minute.
test.describe.configure({ timeout: 180_000 });

async function sessionCookie(page: Page): Promise<string> {
  const cookie = (await page.context().cookies()).find((c) => c.name === COOKIE);
  expect(cookie, "session cookie").toBeDefined();
  return `${COOKIE}=${cookie!.value}`;
}

/** auth.me with only this cookie, as a hand-made request would send it (no browser). */
async function meStatus(page: Page, cookie: string): Promise<number> {
  const response = await page.request.fetch("/api/trpc/auth.me", { headers: { cookie } });
  return response.status();
}

test("a signed-out session's cookie, replayed, is refused", async ({ browser, signInAs }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAs("viewer", page);
  const cookie = await sessionCookie(page);
  expect(await meStatus(page, cookie)).toBe(200);
  await page.getByTestId("sign-out").click();
  await expect(page).toHaveURL(/\/sign-in/);
  // The same cookie, sent again by hand through the proxy: the server ended that session.
  expect(await meStatus(page, cookie)).toBe(401);
  await context.close();
});

test("sign out everywhere ends every session of the user, on every device", async ({ browser, signInAs }) => {
  const first = await (await browser.newContext()).newPage();
  const user = await signInAs("supervisor", first);
  const second = await (await browser.newContext()).newPage();
  await signIn(second, user);
  const firstCookie = await sessionCookie(first);
  const secondCookie = await sessionCookie(second);
  expect(await meStatus(first, firstCookie)).toBe(200);
  const { status } = await trpcMutation(second, "auth.signOutEverywhere", undefined);
  expect(status).toBe(200);
  expect(await meStatus(first, firstCookie)).toBe(401);
  expect(await meStatus(second, secondCookie)).toBe(401);
  await first.context().close();
  await second.context().close();
});

test("the sign-in page never sends the user to another site", async ({ page, signInAs }) => {
  const user = await signInAs("admin");
  await page.context().clearCookies();
  await page.goto("/sign-in?callbackUrl=/%09/evil.example");
  await page.locator("#email").fill(user.email);
  await page.locator("#password").fill(user.password);
  await page.locator("button[type=submit]").click();
  await expect(page.getByTestId("signed-in-user")).toBeVisible();
  expect(new URL(page.url()).host).toBe(new URL(test.info().project.use.baseURL!).host);
  // Signed in, the page redirects at once: a line break there answered 500 before.
  for (const value of ["%0a", "/%0a/evil.example", "/%09/evil.example", "%E0%A4%A"]) {
    const response = await page.request.get(`/sign-in?callbackUrl=${value}`, { maxRedirects: 0 });
    expect(response.status(), value).toBeLessThan(500);
    const location = response.headers()["location"];
    if (location) expect(new URL(location, page.url()).host, value).toBe(new URL(page.url()).host);
  }
});

test("paths that are not UTF-8 answer 400, and unknown pages render the app's own 404 under the CSP", async ({
  page,
}) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  for (const path of ["/tv/%FF", "/api/recordings/%C3%28"]) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(400);
    expect(await response.json()).toMatchObject({
      error: "BAD_REQUEST",
      message: expect.stringMatching(/^path: /),
    });
  }
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByTestId("not-found")).toBeVisible();
  expect(violations).toEqual([]);
});

/** Starts an export over a raw socket and leaves after the first bytes, as a browser closed mid-download would. */
function abandonExport(url: string, cookie: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { headers: { cookie } }, (response) => {
      if (response.statusCode !== 200) return reject(new Error(`export answered ${response.statusCode}`));
      response.once("data", () => {
        request.destroy();
        resolve();
      });
    });
    request.on("error", () => undefined);
  });
}

test("abandoned downloads give their export slot back: a full export still works after", async ({
  page,
  baseURL,
  signInWithHistory,
}) => {
  await signInWithHistory("supervisor");
  const cookie = await sessionCookie(page);
  const range = finishedRange(7);
  // More abandoned downloads than the per-user limit of concurrent exports (2), CSV and XLSX.
  for (const format of ["csv", "xlsx", "csv", "xlsx"]) {
    await abandonExport(`${baseURL}/api/export/calls?format=${format}&${range.query}`, cookie);
  }
  await expect
    .poll(async () => (await page.request.get(`/api/export/calls?format=csv&${range.query}`)).status(), {
      timeout: 15_000,
    })
    .toBe(200);
  const full = await page.request.get(`/api/export/calls?format=csv&${range.query}`);
  expect(full.status()).toBe(200);
  expect((await full.text()).startsWith("\uFEFF")).toBe(true);
});
