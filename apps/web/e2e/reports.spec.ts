// Scheduled reports from the page: an admin creates one, "send now" reaches a real SMTP server started here (the app
// under test sends to E2E_SMTP_PORT, see playwright.config.ts), the preview shows the charts and the KPIs of the
// analytics, a viewer sees no manage actions, and an unreachable mail server shows its error on the page.
import { expect, type Page, test } from "./fixtures";
import { SMTPServer } from "smtp-server";
import { DEMO_ADMIN, signIn } from "./helpers";

interface Mail {
  to: string[];
  raw: string;
}

const SMTP_PORT = Number(process.env.E2E_SMTP_PORT);
const mails: Mail[] = [];
let smtp: SMTPServer | null = null;

/** Listens on the port the app sends to (until then, sends fail as unreachable). */
async function startSmtp(): Promise<void> {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    // A mailbox the server does not know: refused with 550 (a bad address, as a real server reports it).
    onRcptTo(address, _session, callback) {
      if (!address.address.endsWith("@refused.test")) return callback();
      callback(Object.assign(new Error("5.1.1 no such mailbox"), { responseCode: 550 }));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        mails.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString("utf8"),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    smtp!.server.once("error", reject);
    smtp!.listen(SMTP_PORT, "127.0.0.1", () => resolve());
  });
}

test.describe.configure({ mode: "serial" });

// The page in English (the interface's default is Vietnamese; both languages are checked by i18n.spec.ts).
test.beforeEach(async ({ context, baseURL }) => {
  await context.addCookies([{ name: "antdash-locale", value: "en", url: baseURL! }]);
});

test.afterAll(async () => {
  if (smtp) await new Promise<void>((resolve) => smtp!.close(() => resolve()));
});

const row = (page: Page, name: string) =>
  page.locator(`[data-testid=report-row][data-report-name="${name}"]`);

/** Fills the report form and creates the report; the row appears. */
async function createReport(
  page: Page,
  name: string,
  recipients: string,
  attachment: "none" | "csv" = "none",
) {
  await page.goto("/reports");
  await page.getByRole("button", { name: /New report|Tạo báo cáo/ }).click();
  await page.locator("#report-name").fill(name);
  await page.locator("#report-period").selectOption("weekly");
  await page.locator("#report-weekday").selectOption("1");
  await page.locator("#report-send-time").fill("07:30");
  await page.locator("#report-recipients").fill(recipients);
  await page.locator("#report-locale").selectOption("en");
  await page.locator("#report-attachment").selectOption(attachment);
  await page.locator("form button[type=submit]").click();
  await expect(row(page, name)).toBeVisible();
}

test("an unreachable mail server shows its error on the report's row and in its history", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signIn(page, DEMO_ADMIN);
  const name = "E2E unreachable";
  await createReport(page, name, "boss@example.test");
  await row(page, name).getByRole("button", { name: "Send now" }).click();
  const error = row(page, name).getByTestId("delivery-error");
  await expect(error).toContainText(/SMTP: .*ECONNREFUSED/, { timeout: 60_000 });
  await expect(row(page, name).getByTestId("delivery-state")).toHaveText("Waiting");
  await row(page, name).getByRole("button", { name: "Delivery history" }).click();
  const history = page.getByTestId("delivery-history");
  await expect(history.getByTestId("delivery-row")).toHaveCount(1);
  await expect(history.getByTestId("delivery-row").first()).toContainText("ECONNREFUSED");
  await expect(history.getByTestId("delivery-attempts").first()).toHaveText("1");
  // Deleted, so its retry (after the backoff) does not reach the server started by the next test.
  page.once("dialog", (dialog) => void dialog.accept());
  await row(page, name).getByRole("button", { name: "Delete" }).click();
  await expect(row(page, name)).toHaveCount(0);
});

test("an admin creates a report, sends it now, and the mail reaches the SMTP server once", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await startSmtp();
  await signIn(page, DEMO_ADMIN);
  const name = "E2E weekly calls";
  await createReport(page, name, "boss@example.test, lead@example.test", "csv");
  await expect(row(page, name)).toContainText("Weekly on Monday at 07:30");
  await expect(row(page, name).getByTestId("next-send")).not.toHaveText("–");
  await expect(row(page, name).getByTestId("last-delivery")).toHaveText("Not sent yet");

  // Refused with a message naming the field, nothing created.
  await page.getByRole("button", { name: "New report" }).click();
  await page.locator("#report-name").fill("E2E bad address");
  await page.locator("#report-recipients").fill("boss@example.test, not-an-address");
  await page.locator("form button[type=submit]").click();
  await expect(page.getByTestId("report-form-error")).toContainText(
    'recipients.1: "not-an-address" is not a valid e-mail address',
  );
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(row(page, "E2E bad address")).toHaveCount(0);

  await row(page, name).getByRole("button", { name: "Send now" }).click();
  await expect(row(page, name).getByTestId("delivery-state")).toHaveText("Sent", { timeout: 90_000 });
  const ours = () => mails.filter((m) => m.raw.includes(name));
  expect(ours()).toHaveLength(1);
  expect(ours()[0]!.to.sort()).toEqual(["boss@example.test", "lead@example.test"]);
  expect(ours()[0]!.raw).toContain("Content-Type: application/pdf");
  expect(ours()[0]!.raw).toContain("Content-Type: text/csv");
  await row(page, name).getByRole("button", { name: "Delivery history" }).click();
  const history = page.getByTestId("delivery-history");
  await expect(history.getByTestId("delivery-row")).toHaveCount(1);
  await expect(history.getByTestId("delivery-row").first()).toHaveAttribute("data-state", "sent");
  await expect(history.getByTestId("delivery-attempts").first()).toHaveText("1");
  // Another tick of the sender must not send it again.
  await page.waitForTimeout(3_000);
  expect(ours()).toHaveLength(1);
});

test("an address the mail server refuses fails the delivery, shown on the page, and is not retried", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signIn(page, DEMO_ADMIN);
  const name = "E2E refused address";
  await createReport(page, name, "nobody@refused.test");
  await row(page, name).getByRole("button", { name: "Send now" }).click();
  await expect(row(page, name).getByTestId("delivery-state")).toHaveText("Failed", { timeout: 90_000 });
  await expect(row(page, name).getByTestId("delivery-error")).toContainText(/550|no such mailbox/);
  expect(mails.filter((m) => m.raw.includes(name))).toHaveLength(0);
});

test("the preview shows the charts and the period's KPIs as the analytics count them", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, DEMO_ADMIN);
  await page.goto("/reports");
  const name = "E2E weekly calls";
  const id = await page.evaluate(async (name) => {
    const response = await fetch("/api/trpc/reports.list");
    const body = (await response.json()) as { result: { data: { json: { id: string; name: string }[] } } };
    return body.result.data.json.find((r) => r.name === name)!.id;
  }, name);
  const [popup] = await Promise.all([
    page.waitForEvent("popup"),
    row(page, name).getByRole("link", { name: "Preview", exact: true }).click(),
  ]);
  await popup.waitForLoadState();
  expect(popup.url()).toContain(`/api/reports/${id}/preview`);
  await expect(popup.locator("h1")).toContainText(name);
  // The dashboard's charts, drawn as SVG on the server (no script runs in the preview).
  await expect(popup.locator('[data-testid="chart-timeseries"] svg.print-chart')).toBeVisible();
  expect(await popup.locator("svg.print-chart rect").count()).toBeGreaterThan(0);
  // The style element carries the page's nonce: the cards are laid out as a grid, not unstyled text.
  expect(
    await popup
      .locator(".kpis")
      .first()
      .evaluate((e) => getComputedStyle(e).display),
  ).toBe("grid");

  // The period the preview shows, and the same range counted by the dashboard's analytics.
  const expected = await page.evaluate(async (id) => {
    const q = (path: string, input: unknown) =>
      fetch(`/api/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`).then(
        (r) => r.json() as Promise<{ result: { data: { json: Record<string, unknown> } } }>,
      );
    const preview = (await q("reports.preview", { id })).result.data.json as {
      period: { from: string; to: string };
    };
    const to = new Date(new Date(preview.period.to).getTime() - 1).toISOString();
    const summary = (await q("analytics.summary", { filter: { from: preview.period.from, to } })).result.data
      .json;
    const kpis = summary.kpis as { inbound: { answered: number } };
    return { total: summary.total as number, answered: kpis.inbound.answered };
  }, id);
  expect(expected.total).toBeGreaterThan(0);
  const count = new Intl.NumberFormat("en-US");
  await expect(popup.getByTestId("report-total").locator(".total-value")).toHaveText(
    count.format(expected.total),
  );
  // The overview's card, labelled by the glossary: inbound calls answered.
  const answered = popup.getByTestId("kpi-answered");
  await expect(answered.locator("dt")).toHaveText("Answered");
  await expect(answered.locator("dd")).toHaveText(count.format(expected.answered));

  const pdf = await page.request.get(`/api/reports/${id}/preview?format=pdf`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
});

test("a viewer sees the reports and their status but no manage actions, and may not preview", async ({
  page,
  signInAs,
}) => {
  await signInAs("viewer");
  await page.goto("/reports");
  const name = "E2E weekly calls";
  await expect(row(page, name)).toBeVisible();
  await expect(row(page, name).getByTestId("delivery-state")).toHaveText("Sent");
  await expect(page.getByRole("button", { name: "New report" })).toHaveCount(0);
  for (const action of ["Send now", "Edit", "Delete"]) {
    await expect(row(page, name).getByRole("button", { name: action })).toHaveCount(0);
  }
  await expect(row(page, name).getByRole("link", { name: "Preview" })).toHaveCount(0);
  const id = await page.evaluate(async () => {
    const body = (await (await fetch("/api/trpc/reports.list")).json()) as {
      result: { data: { json: { id: string }[] } };
    };
    return body.result.data.json[0]!.id;
  });
  expect((await page.request.get(`/api/reports/${id}/preview`)).status()).toBe(403);
});
