// `pnpm start`: builds the dashboard when needed, then serves it on PORT with the embedded database under DATA_DIR.
// Without AntRing credentials it runs the AntRing simulator beside it (demo mode) and a demo admin account.
// Its lines are JSON, like the server's (src/server/log.ts), so one log shipper reads both.
import { mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { buildNeeded } from "./start/build-freshness";
import { type Child, run, startChild, stopAll } from "./start/children";
import { waitForHttp } from "./start/network";
import { binary, REPO_DIR, WEB_DIR } from "./start/paths";
import { logEvent } from "../src/server/log";
import { DEMO_APP_ID, DEMO_APP_SECRET, startSimulator } from "./start/simulator";

const DEMO_ADMIN = { email: "admin@example.com", password: "demo-admin-password" };
/** Loaded into `next start`: the client address from the socket, or from TRUSTED_PROXIES' forwarded headers. */
const CLIENT_ADDRESS_PRELOAD = path.join(WEB_DIR, "scripts", "client-address", "preload.cjs");
const { parseTrustedProxies } = createRequire(import.meta.url)(
  path.join(WEB_DIR, "scripts", "client-address", "resolve.cjs"),
) as { parseTrustedProxies: (text: string | undefined) => { size: number } };

function log(message: string): void {
  logEvent("info", "start", { message });
}

async function main(): Promise<void> {
  // A variable set to "" counts as unset (next-auth, for one, fails on an empty NEXTAUTH_URL).
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([, value]) => value?.trim()),
  ) as NodeJS.ProcessEnv;
  const port = Number(env.PORT ?? "3000");
  if (!Number.isInteger(port) || port < 1 || port > 65_535)
    throw new Error(`PORT must be a port number: ${env.PORT}`);
  // Absolute, so the server (which runs from apps/web) and the CLI (from the repository root) share one database.
  const dataDir = path.resolve(env.DATA_DIR?.trim() || path.join(REPO_DIR, ".data"));
  const demo = !env.ANTRING_APP_ID?.trim() || !env.ANTRING_APP_SECRET;
  const trustedProxies = parseTrustedProxies(env.TRUSTED_PROXIES);
  // The demo's admin password is published: unless HOST says otherwise, only this machine can reach a demo.
  const host = env.HOST?.trim() || (demo ? "127.0.0.1" : undefined);
  const children: Child[] = [];

  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    log("stopping…");
    await stopAll(children);
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(130));
  process.on("SIGTERM", () => void stop(143));

  const reason = await buildNeeded();
  if (reason) {
    log(`building the dashboard (${reason}); this takes a minute the first time`);
    await run(children, "next build", binary("next"), ["build"], {
      cwd: WEB_DIR,
      env: { ...env, NEXT_TELEMETRY_DISABLED: "1" },
    });
  }
  if (stopping) return;

  const serverEnv: NodeJS.ProcessEnv = {
    ...env,
    PORT: String(port),
    DATA_DIR: dataDir,
    NEXT_TELEMETRY_DISABLED: "1",
    // The server stops its sync and closes the database itself on SIGINT/SIGTERM (instrumentation).
    NEXT_MANUAL_SIG_HANDLE: "true",
    NODE_OPTIONS: [env.NODE_OPTIONS, `--require "${CLIENT_ADDRESS_PRELOAD}"`].filter(Boolean).join(" "),
  };
  let demoAdmin: typeof DEMO_ADMIN | null = null;
  if (demo) {
    const simulator = await startSimulator(Number(env.SIMULATOR_PORT ?? "4010"), env);
    children.push(simulator.child);
    // Where the demo's simulator listens, for tools and browser tests that place calls (POST /_sim/calls).
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(path.join(dataDir, "demo-simulator.json"), JSON.stringify({ url: simulator.baseUrl }));
    void simulator.child.exited.then(() => void stop(1));
    Object.assign(serverEnv, {
      ANTRING_BASE_URL: simulator.baseUrl,
      // The simulator serves live call signals (Socket.IO) on its own origin.
      ANTRING_LIVE_URL: simulator.baseUrl,
      ANTRING_APP_ID: DEMO_APP_ID,
      ANTRING_APP_SECRET: DEMO_APP_SECRET,
    });
    if (!env.ADMIN_EMAIL?.trim() || !env.ADMIN_PASSWORD) {
      demoAdmin = DEMO_ADMIN;
      Object.assign(serverEnv, { ADMIN_EMAIL: DEMO_ADMIN.email, ADMIN_PASSWORD: DEMO_ADMIN.password });
    }
  }

  const hostArgs = host ? ["-H", host] : [];
  const server = startChild("next start", binary("next"), ["start", "-p", String(port), ...hostArgs], {
    cwd: WEB_DIR,
    env: serverEnv,
  });
  children.push(server);
  void server.exited.then((code) => void stop(code ?? 1));
  await waitForHttp(`http://127.0.0.1:${port}/sign-in`, 120_000, () => server.process.exitCode === null);

  log(`dashboard: http://localhost:${port}`);
  log(`data: ${dataDir}`);
  log(host ? `listening on ${host} only` : "listening on every network interface");
  log(
    trustedProxies.size > 0
      ? `client addresses: X-Forwarded-For believed from TRUSTED_PROXIES (${trustedProxies.size} entries)`
      : "client addresses: the socket's (set TRUSTED_PROXIES to believe a reverse proxy's X-Forwarded-For)",
  );
  if (demo && !env.HOST?.trim()) {
    log("demo mode binds to 127.0.0.1 because its admin password is published; set HOST=0.0.0.0 to open it");
  }
  if (demo) {
    log(`demo mode: syncing from the AntRing simulator at ${serverEnv.ANTRING_BASE_URL}`);
    log("set ANTRING_APP_ID and ANTRING_APP_SECRET (and ANTRING_BASE_URL) to use a real AntRing account");
  }
  if (demoAdmin) log(`sign in as ${demoAdmin.email} / ${demoAdmin.password} (demo admin)`);
  log("press Ctrl-C to stop");
}

main().catch((error: unknown) => {
  logEvent("error", "start.failed", { error });
  process.exit(1);
});
