import { freePort } from "@antdash/process-kit";
import { defineConfig } from "@playwright/test";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

// The app runs exactly as the README starts it (`pnpm start`: build if needed, then serve with the simulator in
// demo mode), on a free port with a throwaway database. Set once in the main process; workers inherit it.
process.env.E2E_PORT ??= String(await freePort());
// The mail server the app sends reports to: e2e/reports.spec.ts listens on this port (workers inherit it); until it
// does, a send fails as "unreachable" (which that spec checks too).
process.env.E2E_SMTP_PORT ??= String(await freePort());
if (!process.env.E2E_DATA_DIR) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "antdash-e2e-"));
  process.env.E2E_DATA_DIR = dataDir;
  // The main process made it; it removes it once the web server has stopped and everything is done.
  process.once("exit", () => rmSync(dataDir, { recursive: true, force: true }));
}
const baseURL = `http://127.0.0.1:${process.env.E2E_PORT}`;

export default defineConfig({
  testDir: "e2e",
  // One server, one embedded database: tests share it, so they run one at a time.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [
    ["list"],
    ["./e2e/count-summary-reporter.ts"],
    ...(process.env.CI ? [] : [["html", { open: "never" }] as const]),
  ],
  use: {
    baseURL,
    trace: "retain-on-failure",
    browserName: "chromium",
    // Debian's chromium: Playwright cannot download its own browsers here.
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  webServer: {
    command: "npx -y pnpm@12 start",
    cwd: path.resolve(import.meta.dirname, "../.."),
    url: `${baseURL}/sign-in`,
    // The first run builds the app (about a minute on two cores).
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 20_000 },
    env: {
      PORT: process.env.E2E_PORT,
      HOST: "127.0.0.1",
      DATA_DIR: process.env.E2E_DATA_DIR,
      SIMULATOR_PORT: "0",
      // Demo mode whatever the caller's shell holds: the simulator and the demo admin.
      ANTRING_APP_ID: "",
      ANTRING_APP_SECRET: "",
      ADMIN_EMAIL: "",
      ADMIN_PASSWORD: "",
      // CI runs the browser tests a second time on PostgreSQL (.ci/run sets E2E_DATABASE_URL).
      DATABASE_URL: process.env.E2E_DATABASE_URL ?? "",
      NEXTAUTH_URL: "",
      NEXTAUTH_SECRET: "",
      DEMO_DAYS: "14",
      SMTP_URL: `smtp://127.0.0.1:${process.env.E2E_SMTP_PORT}?tls=off`,
      MAIL_FROM: "AntDash reports <reports@antdash.test>",
    },
  },
});
