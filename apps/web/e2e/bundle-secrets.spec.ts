import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { DEMO_ADMIN, signIn } from "./helpers";

// Issue 7: the production client bundle, and what the pages send to a signed-in browser, contain neither the
// AntRing app secret nor any server-only environment value. The app under test runs in demo mode, so the secret
// is the simulator's; the session secret is the one generated into DATA_DIR on first start.

const STATIC_DIR = path.resolve(import.meta.dirname, "../.next/static");
// Reading these in client code would be the leak itself (help texts may name other variables, so only these).
const SERVER_ONLY_NAMES = ["ANTRING_APP_SECRET", "NEXTAUTH_SECRET", "ADMIN_PASSWORD"];

async function serverOnlyValues(): Promise<Map<string, string>> {
  const dataDir = process.env.E2E_DATA_DIR;
  if (!dataDir) throw new Error("E2E_DATA_DIR is set by playwright.config.ts");
  const values = new Map<string, string>([
    ["the AntRing app secret (demo)", "demo-secret"],
    ["the session secret", (await readFile(path.join(dataDir, "nextauth-secret"), "utf8")).trim()],
    ["DATA_DIR", dataDir],
    ["the demo admin password", DEMO_ADMIN.password],
  ]);
  if (process.env.E2E_DATABASE_URL) values.set("DATABASE_URL", process.env.E2E_DATABASE_URL);
  return values;
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

test("the client bundle holds no secret and no server-only environment value", async ({ page }) => {
  await page.goto("/sign-in"); // the server is up, so the build exists
  const files = (await filesUnder(STATIC_DIR)).filter((file) => /\.(js|css|json|html|txt)$/.test(file));
  expect(files.length).toBeGreaterThan(5);
  const values = await serverOnlyValues();
  for (const file of files) {
    const text = await readFile(file, "utf8");
    for (const [what, value] of values) {
      expect(text.includes(value), `${what} in ${path.relative(STATIC_DIR, file)}`).toBe(false);
    }
    for (const name of SERVER_ONLY_NAMES) {
      expect(text.includes(name), `${name} named in ${path.relative(STATIC_DIR, file)}`).toBe(false);
    }
  }
});

test("pages a signed-in admin receives carry no secret and no AntRing URL", async ({ page }) => {
  const bodies: { url: string; text: string }[] = [];
  page.on("response", async (response) => {
    const type = response.headers()["content-type"] ?? "";
    if (!/html|javascript|json|x-component|event-stream|text\/plain/.test(type)) return;
    try {
      bodies.push({ url: response.url(), text: await response.text() });
    } catch {
      // redirects and aborted requests have no body
    }
  });
  await signIn(page, DEMO_ADMIN);
  for (const route of ["/", "/calls", "/agents", "/dids", "/sync", "/admin/users", "/admin/tv-displays"]) {
    await page.goto(route, { waitUntil: "networkidle" });
  }
  expect(bodies.length).toBeGreaterThan(5);
  const values = await serverOnlyValues();
  values.delete("the demo admin password"); // typed into the sign-in form by the test itself
  for (const { url, text } of bodies) {
    for (const [what, value] of values) expect(text.includes(value), `${what} in ${url}`).toBe(false);
    // Signed recording URLs (the simulator's /nkrecord, AntRing's S3-style signature) stay on the server.
    expect(/\/nkrecord\/|AWSAccessKeyId=|Signature=/.test(text), `a signed recording URL in ${url}`).toBe(
      false,
    );
  }
});
