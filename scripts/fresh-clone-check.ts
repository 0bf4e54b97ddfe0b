// The fresh-machine check (issue 7): clones this repository into an empty directory and runs the README's two
// commands there — `pnpm install && pnpm start` must answer with demo data, `pnpm install && pnpm test` must pass.
//
//   npx tsx scripts/fresh-clone-check.ts [--skip-tests] [--keep]
//
// It prints each step with its duration and exits non-zero on the first failure. Set CHECK_REPO to clone another
// path or URL (default: this checkout's committed HEAD — uncommitted changes are not part of a clone).
import { freePort, runCommand, spawnGroup, stopProcess, waitUntil } from "@antdash/process-kit";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import process from "node:process";
import { signInCookie } from "../tooling/load/src/sign-in";

const PNPM = ["-y", "pnpm@12"];
const DEMO_ADMIN = { email: "admin@example.com", password: "demo-admin-password" };
const args = new Set(process.argv.slice(2));
const source = process.env.CHECK_REPO ?? path.resolve(import.meta.dirname, "..");
const root = mkdtempSync(path.join(os.tmpdir(), "antdash-fresh-"));
const clone = path.join(root, "antdash");

function log(line: string): void {
  console.log(`[fresh-clone] ${line}`);
}

async function step<T>(name: string, work: () => Promise<T>): Promise<T> {
  const started = Date.now();
  log(`${name}…`);
  const result = await work();
  log(`${name}: ok in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result;
}

function run(command: string, argv: string[], cwd = clone): Promise<string> {
  return runCommand(command, argv, { cwd });
}

async function demoCallTotal(base: string, cookie: string): Promise<number | undefined> {
  const to = new Date();
  const from = new Date(to.getTime() - 7 * 86_400_000);
  const input = encodeURIComponent(
    JSON.stringify({ json: { filter: { from: from.toISOString(), to: to.toISOString() } } }),
  );
  const response = await fetch(`${base}/api/trpc/analytics.summary?input=${input}`, { headers: { cookie } });
  if (!response.ok) throw new Error(`analytics.summary answered ${response.status}`);
  const body = (await response.json()) as { result: { data: { json: { total: number } } } };
  const total = body.result.data.json.total;
  // The first sync writes newest windows first: wait for a real week's worth, not the first batch.
  return total >= 500 ? total : undefined;
}

async function main(): Promise<void> {
  await step(`clone ${source} into an empty directory`, () =>
    run("git", ["clone", "-q", source, clone], root),
  );
  await step("command 1: pnpm install", () => run("npx", [...PNPM, "install", "--frozen-lockfile"]));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  // Demo mode whatever this shell holds: no AntRing credentials, no PostgreSQL, a fresh DATA_DIR in the clone.
  const app = spawnGroup("npx", [...PNPM, "start"], {
    cwd: clone,
    stdio: ["ignore", "inherit", "inherit"],
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      SIMULATOR_PORT: "0",
      ANTRING_APP_ID: "",
      ANTRING_APP_SECRET: "",
      DATABASE_URL: "",
      ADMIN_EMAIL: "",
      ADMIN_PASSWORD: "",
    },
  });
  try {
    await step("command 1: pnpm start answers", () =>
      waitUntil("the sign-in page", async () => (await fetch(`${base}/sign-in`)).ok || undefined, {
        timeoutMs: 600_000,
        intervalMs: 2_000,
      }),
    );
    const cookie = await step("sign in as the demo admin", () => signInCookie(base, DEMO_ADMIN));
    const total = await step("demo data synced", () =>
      waitUntil("500 demo calls in the last 7 days", () => demoCallTotal(base, cookie), {
        timeoutMs: 180_000,
        intervalMs: 2_000,
      }),
    );
    log(`the overview's last 7 days hold ${total} demo calls`);
  } finally {
    await stopProcess(app, { group: true });
  }
  if (!args.has("--skip-tests")) {
    await step("command 2: pnpm test", () => run("npx", [...PNPM, "test"]));
  }
}

main()
  .then(() => log("passed"))
  .catch((error: unknown) => {
    log(`FAILED: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  })
  .finally(() => {
    if (args.has("--keep")) log(`kept ${clone}`);
    else rmSync(root, { recursive: true, force: true });
  });
