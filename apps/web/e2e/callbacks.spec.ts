import { expect, type Page, test } from "./fixtures";
import { signInAsNew } from "./helpers";
import { placeCall, uniqueNumber } from "./tv-helpers";

// The Call-backs page against the demo simulator: missed calls placed through POST /_sim/calls become cases after
// the next sync; click-to-call rings the simulator's registered device ("demo-device"), which answers and dials.
test.describe.configure({ mode: "serial" });

/** A supervisor whose SIP device is the simulator's registered one, so click-to-call goes through. */
const AGENT = {
  email: "callbacks-agent@example.com",
  password: "callbacks-agent-password",
  name: "Callbacks agent",
  role: "supervisor",
  sipDevice: { sipUser: "demo-device", sipPassword: "demo-pass" },
};

const signInWithDevice = (page: Page) => signInAsNew(page, AGENT);

/** 0903123456 → "0903 123 456", the way people write it. */
const spaced = (n: string) => `${n.slice(0, 4)} ${n.slice(4, 7)} ${n.slice(7)}`;
/** 0903123456 → "+84903123456": how cases store it. */
const e164 = (n: string) => `+84${n.slice(1)}`;

const cases = (page: Page) => page.getByTestId("callback-case");

/** Reloads the worklist at `url` until it shows `count` cases (the sync runs every 30 s). */
async function waitForCases(page: Page, url: string, count: number, timeout = 120_000): Promise<void> {
  await expect
    .poll(
      async () => {
        await page.goto(url);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        return cases(page).count();
      },
      { timeout, intervals: [3_000, 5_000] },
    )
    .toBe(count);
}

let missed: string;
let toClose: string;

test("a missed call appears on the Call-backs page after the next sync, found by its number in any form", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await signInWithDevice(page);
  missed = uniqueNumber();
  toClose = `${missed.slice(0, -1)}${(Number(missed.at(-1)) + 5) % 10}`;
  await placeCall(page, { direction: "to_ab", caller: missed, ringSeconds: 2, status: "BUSY" });
  // Written the international way by AntRing: still the same customer.
  await placeCall(page, {
    direction: "to_ab",
    caller: `84${toClose.slice(1)}`,
    ringSeconds: 2,
    status: "UNSUCCESS",
  });

  await waitForCases(page, `/callbacks?number=${encodeURIComponent(spaced(missed))}`, 1);
  const row = cases(page);
  await expect(row).toHaveAttribute("data-number", e164(missed));
  await expect(row).toHaveAttribute("data-status", "open");
  await expect(row.getByTestId("case-missed")).toHaveText("1");
  await expect(row.getByTestId("case-attempts")).toHaveText("0");
  await expect(row.getByTestId("case-history")).toHaveAttribute("href", /^\/calls\?.*number=/);

  // The filter takes the other spellings as typed (no rejection of "+" or spaces): each finds the same case.
  for (const form of [e164(missed), `84${missed.slice(1)}`]) {
    await page.getByTestId("callbacks-number").fill(form);
    await page.getByTestId("callbacks-apply").click();
    await expect(page).toHaveURL(new RegExp(`number=${encodeURIComponent(form).replace("+", "\\+")}`));
    await expect(cases(page)).toHaveCount(1);
    await expect(cases(page)).toHaveAttribute("data-number", e164(missed));
  }

  // The export holds exactly the view's cases: CSV (header, one line per case) and XLSX (a zip).
  await expect(page.getByTestId("export-csv")).toBeVisible();
  const csv = await page.request.get(`/api/export/callbacks?format=csv&number=${encodeURIComponent(missed)}`);
  expect(csv.status()).toBe(200);
  const lines = (await csv.text()).replace(/^\uFEFF/, "").split("\n");
  expect(lines[0]).toMatch(/^number,status,/);
  expect(lines.slice(1).filter((line) => line !== "")).toEqual([
    // A leading "+" is neutralized like any formula start (OWASP CSV injection): the cell reads '+84….
    expect.stringMatching(new RegExp(`^'\\${e164(missed)},open,`)),
  ]);
  const xlsx = await page.request.get(
    `/api/export/callbacks?format=xlsx&number=${encodeURIComponent(missed)}`,
  );
  expect(xlsx.status()).toBe(200);
  expect((await xlsx.body()).subarray(0, 2).toString()).toBe("PK");

  // The default view (open cases of the last 7 days) lists both.
  await waitForCases(page, `/callbacks?number=${encodeURIComponent(e164(toClose))}`, 1);
  await page.goto("/callbacks");
  await expect(page.locator(`[data-testid=callback-case][data-number="${e164(missed)}"]`)).toBeVisible();
  await expect(page.locator(`[data-testid=callback-case][data-number="${e164(toClose)}"]`)).toBeVisible();
});

test("a supervisor closes a case with a reason after confirming; it leaves the open list", async ({
  page,
}) => {
  await signInWithDevice(page);
  await page.goto(`/callbacks?number=${encodeURIComponent(toClose)}`);
  await cases(page).getByTestId("case-close").click();
  const dialog = page.getByTestId("close-dialog");
  await expect(dialog).toBeVisible();
  await dialog.getByLabel(/Nhầm số|Wrong number/).check();
  await dialog.getByTestId("close-confirm").click();
  await expect(cases(page)).toHaveCount(0);
  await expect(page.getByTestId("callbacks-empty")).toBeVisible();

  await page.goto(`/callbacks?status=closed&number=${encodeURIComponent(toClose)}`);
  await expect(cases(page)).toHaveAttribute("data-status", "closed");
  await expect(cases(page).getByTestId("case-status")).toContainText(/Nhầm số|Wrong number/);
});

test("calling a case back from the page, answered by the simulator's device, marks it reached", async ({
  page,
}) => {
  // The simulated call rings 4–15 s and talks up to 4 min before it reaches the history, then the next sync.
  test.setTimeout(420_000);
  await signInWithDevice(page);
  await page.goto(`/callbacks?number=${encodeURIComponent(missed)}`);
  const row = cases(page);
  await expect(row).toHaveAttribute("data-status", "open");
  await row.getByTestId("case-take").click();
  await expect(row.getByTestId("case-owner")).toHaveText(AGENT.name);
  await row.getByTestId("call-back").click();
  await expect(row.getByTestId("call-back-placed")).toBeVisible();
  await expect(row.getByTestId("call-back-error")).toHaveCount(0);

  await expect
    .poll(
      async () => {
        await page.goto(`/callbacks?status=all&number=${encodeURIComponent(missed)}`);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        return (await cases(page).count()) === 1 ? cases(page).getAttribute("data-status") : null;
      },
      { timeout: 360_000, intervals: [10_000] },
    )
    .toBe("reached");
  await expect(cases(page).getByTestId("case-attempts")).toHaveText("1");
  await expect(cases(page).getByTestId("case-status")).toContainText(/Gọi lại được|Reached by call-back/);
});

test("a viewer sees the page but cannot call, take, assign or close, and the server refuses anyway", async ({
  page,
  signInAs,
  trpc,
}) => {
  await signInAs("viewer");
  await expect(page.getByRole("link", { name: /Gọi lại|Call-backs/ })).toBeVisible();
  await page.goto(`/callbacks?status=all&number=${encodeURIComponent(missed)}`);
  await expect(cases(page)).toHaveCount(1);
  await expect(page.getByTestId("viewer-note")).toBeVisible();
  for (const control of [
    "call-back",
    "case-take",
    "case-assign",
    "case-close",
    "case-reopen",
    "export-csv",
  ]) {
    await expect(page.getByTestId(control)).toHaveCount(0);
  }
  const id = await cases(page).getAttribute("data-case-id");
  expect(id).toBeTruthy();
  for (const [path, input] of [
    ["callbacks.close", { id, reason: "spam" }],
    ["callbacks.take", { id }],
    ["callbacks.callBack", { id }],
  ] as const) {
    expect((await trpc.mutate(path, input)).status).toBe(403);
  }
  expect((await page.request.get("/api/export/callbacks?format=csv")).status()).toBe(403);
});
