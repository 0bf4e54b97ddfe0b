import { expect, type Response, test } from "@playwright/test";
import { DEMO_ADMIN, signIn } from "./helpers";

/** Issue 5's budget for the overview's first-load JavaScript, compressed as served. */
const BUDGET_BYTES = 250 * 1024;

test("the overview's first-load JavaScript stays within budget", async ({ browser }) => {
  const signedIn = await browser.newContext();
  await signIn(await signedIn.newPage(), DEMO_ADMIN);
  // A fresh context with the session but an empty cache: what a browser downloads on its first visit.
  const context = await browser.newContext({ storageState: await signedIn.storageState() });
  const page = await context.newPage();
  const scripts: Response[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() === "script") scripts.push(response);
  });
  await page.goto("/", { waitUntil: "networkidle" });
  await expect(page.getByTestId("kpi-total")).toBeVisible();

  let compressed = 0;
  let raw = 0;
  for (const response of scripts) {
    compressed += (await response.request().sizes()).responseBodySize;
    raw += (await response.body()).length;
  }
  console.log(
    `first-load JS of the overview: ${(compressed / 1024).toFixed(1)} KB as served (gzip), ` +
      `${(raw / 1024).toFixed(1)} KB uncompressed, ${scripts.length} files`,
  );
  expect(compressed).toBeGreaterThan(0);
  expect(compressed).toBeLessThan(BUDGET_BYTES);
  await context.close();
  await signedIn.close();
});
