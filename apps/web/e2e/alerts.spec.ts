import { createHmac } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { DEMO_ADMIN, signIn, trpcMutation } from "./helpers";
import { createDisplay, placeCall, revokeDisplay, uniqueNumber } from "./tv-helpers";

// Alerts from the page to the wall: an admin creates a rule, sees its last-week preview, the rule fires on the demo
// data after the next sync pass (the app evaluates rules every 30 s) and shows on the Alerts page and on a TV; a
// real HTTP receiver in this process gets the HMAC-signed POST, and a receiver answering 500 shows on the page.
test.describe.configure({ mode: "serial" });

interface Hook {
  path: string;
  body: string;
  signature: string | undefined;
}

const SIGNING_KEY = "e2e-alert-signing-key-0123456789";

test("an admin creates a rule with a preview; it fires on the Alerts page, on the TV and at a signed webhook", async ({
  page,
  browser,
}) => {
  test.setTimeout(480_000);
  const hooks: Hook[] = [];
  const receiver: Server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString()));
    req.on("end", () => {
      hooks.push({
        path: req.url ?? "",
        body,
        signature: req.headers["x-antdash-signature"] as string | undefined,
      });
      res.statusCode = req.url === "/fail" ? 500 : 200;
      res.end("ok");
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  const hookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
  const name = `E2E waiting callers ${Date.now()}`;
  const failingName = `E2E failing hook ${Date.now()}`;
  const ruleIds: string[] = [];
  let displayId: string | null = null;

  await signIn(page, DEMO_ADMIN);
  try {
    // A caller nobody has called back, a couple of minutes ago: the next sync pass brings it in.
    await placeCall(page, {
      direction: "to_ab",
      caller: uniqueNumber(),
      answered: false,
      status: "CANCELLED",
      startedAt: Date.now() - 2 * 60_000,
    });

    await page.goto("/alerts");
    // This browser reads English (a cookie; the demo admin's other sessions keep their language).
    await page.getByRole("button", { name: "English" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Alerts" })).toBeVisible();
    await page.getByRole("button", { name: "Add a rule" }).click();
    const editor = page.getByTestId("alert-rule-editor");
    await editor.getByLabel("Name", { exact: true }).fill(name);
    await editor.getByLabel("Kind").selectOption("backlog");
    await editor.getByLabel("Threshold").fill("0");
    await editor.getByLabel("Window (minutes)").fill("60");
    await editor.getByLabel(/^Webhook URL/).fill(`${hookUrl}/ok`);
    await editor.getByLabel(/^Webhook signing key/).fill(SIGNING_KEY);
    await expect(editor.getByTestId("webhook-secret-state")).toHaveText("(Not set)");

    // The preview of what is in the form, before saving, every 5 minutes (the default): the demo week has callers
    // left waiting.
    await expect(editor.getByLabel("Check every")).toHaveValue("5");
    await editor.getByRole("button", { name: "Test on last week" }).click();
    const result = editor.getByTestId("alert-preview-result");
    await expect(result).toBeVisible({ timeout: 60_000 });
    const fired = Number(await result.getAttribute("data-fired"));
    expect(fired).toBeGreaterThan(0);
    await expect(result).toContainText(`Would have fired ${fired} times last week`);

    await editor.getByRole("button", { name: "Save" }).click();
    await expect(editor).toBeHidden();
    const row = page.getByTestId("alert-rule-row").filter({ hasText: name });
    await expect(row).toBeVisible({ timeout: 60_000 });
    const rules = await page.request.get("/api/trpc/alerts.rules");
    const list = ((await rules.json()) as { result: { data: { json: { id: string; name: string }[] } } })
      .result.data.json;
    ruleIds.push(list.find((r) => r.name === name)!.id);
    // The key is never sent back: the editor says only that one is set.
    expect(await rules.text()).not.toContain(SIGNING_KEY);
    await row.getByRole("button", { name: /^Edit/ }).click();
    await expect(page.getByTestId("webhook-secret-state")).toHaveText("(Set)");
    await expect(page.getByTestId("alert-rule-editor").getByLabel(/^Webhook signing key/)).toHaveValue("");
    await page.getByTestId("alert-rule-editor").getByRole("button", { name: "Cancel" }).click();

    // A second rule whose receiver answers 500: its failure shows on the page, the first is still delivered.
    const failing = await trpcMutation(page, "alerts.create", {
      name: failingName,
      kind: "backlog",
      threshold: 0,
      windowMinutes: 60,
      webhookUrl: `${hookUrl}/fail`,
    });
    expect(failing.status).toBe(200);
    ruleIds.push(
      (failing.body as { result: { data: { json: { rule: { id: string } } } } }).result.data.json.rule.id,
    );

    // Fires once the sync has the call and the next evaluation runs (every 30 s).
    const firing = page.getByTestId("firing-alert").filter({ hasText: name });
    await expect(firing.first()).toBeVisible({ timeout: 120_000 });
    await expect(firing.first()).toContainText("FIRING");
    await expect(row.getByTestId("alert-rule-state")).toHaveText("Firing", { timeout: 45_000 });
    await expect(page.getByTestId("alert-event").filter({ hasText: name }).first()).toBeVisible({
      timeout: 30_000,
    });

    // The signed POST reached the receiver, once.
    await expect.poll(() => hooks.filter((h) => h.path === "/ok").length, { timeout: 30_000 }).toBe(1);
    const hook = hooks.find((h) => h.path === "/ok")!;
    expect(hook.signature).toBe(
      `sha256=${createHmac("sha256", SIGNING_KEY).update(hook.body).digest("hex")}`,
    );
    const body = JSON.parse(hook.body) as { text: string; event: string; rule: { name: string } };
    expect(body).toMatchObject({ event: "fired", rule: { name } });
    expect(body.text).toContain(`[FIRING] ${name}`);

    await page.getByLabel("Show failed notifications only").check();
    const failed = page.getByTestId("alert-delivery").filter({ hasText: failingName });
    await expect(failed.first()).toContainText("webhook answered HTTP 500", { timeout: 30_000 });

    // The wall screen (a read-only display token) shows it in its banner, in words.
    const display = await createDisplay(page, `Alerts wall ${Date.now()}`);
    displayId = display.id;
    const tv = await browser.newPage();
    await tv.goto(`/tv/${display.token}?lang=en`);
    const banner = tv.getByTestId("alerts-banner");
    await expect(banner).toBeVisible({ timeout: 30_000 });
    await expect(banner).toHaveAttribute("role", "alert");
    await expect(banner.getByTestId("wall-alert").filter({ hasText: name }).first()).toBeVisible();
    await tv.close();
  } finally {
    for (const id of ruleIds) await trpcMutation(page, "alerts.delete", { id });
    if (displayId) await revokeDisplay(page, displayId);
    receiver.closeAllConnections();
    await new Promise((resolve) => receiver.close(resolve));
  }
});
