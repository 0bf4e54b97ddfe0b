import { syncFromSimulator } from "@antdash/api/testing";
import { type RunningSimulator, type SimulatorOptions, startSimulator } from "@antdash/antring-simulator";
import { type Database, openDatabase } from "@antdash/db";
import { testDatabaseConfig, testDatabaseModes } from "@antdash/db/testing";
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const MAIN = join(import.meta.dirname, "main.ts");
const DAY = 86_400_000;
/** Long enough that a leak is unmistakable in a text search. */
const SECRET = "doctor-secret-never-printed-5e2a";
const CHECKS = ["base-url", "credentials", "history", "recording", "live-feed", "clock", "database", "sync"];

function runDoctor(
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", MAIN, "doctor"], {
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** The verdict of each check, by name, from doctor's lines. */
function verdicts(stdout: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const line of stdout.split("\n")) {
    const m = /^(PASS|FAIL|SKIP) {2}(\S+) +/.exec(line);
    if (m) found[m[2]!] = m[1]!;
  }
  return found;
}

const lineOf = (stdout: string, name: string) =>
  stdout.split("\n").find((l) => l.slice(6).startsWith(`${name} `)) ?? "";

function expectNothingSecret(output: string): void {
  expect(output).not.toContain(SECRET);
  expect(output).not.toMatch(/[0-9a-f]{64}/i); // a hash or a token
  expect(output).not.toMatch(/Signature=|AWSAccessKeyId|nkrecord|Expires=/); // a signed recording URL
}

/** A URL nothing listens on any more: a server that was started, then stopped. */
async function stoppedSimulatorUrl(): Promise<string> {
  const sim = await startSimulator({ appSecret: SECRET, historyDays: 1, liveSignals: false });
  const url = sim.url;
  await sim.close();
  return url;
}

describe.each(testDatabaseModes())("pnpm cli doctor, database %s", (mode) => {
  let db: Database;
  let dbEnv: Record<string, string>;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    const target = await testDatabaseConfig(mode, { migrated: true });
    const embedded = "dataDir" in target.config;
    const dataDir = embedded
      ? (target.config as { dataDir: string }).dataDir
      : await mkdtemp(join(tmpdir(), "antdash-doctor-"));
    // Kept open while doctor runs: an embedded doctor attaches to this process's server, as it would to the app's.
    db = await openDatabase({ ...target.config, timeZone: "Asia/Ho_Chi_Minh" });
    dbEnv = {
      DATA_DIR: dataDir,
      DATABASE_URL: embedded ? "" : (target.config as { databaseUrl: string }).databaseUrl,
      TZ: "Asia/Ho_Chi_Minh",
    };
    cleanup = async () => {
      await db.close();
      await target.remove();
      await rm(dataDir, { recursive: true, force: true });
    };
  });
  afterAll(() => cleanup());

  /**
   * Runs `check` against a simulator on the real clock (doctor reads "the last day") with a recent sync pass of it
   * in the cache, and closes the simulator after.
   */
  async function withSyncedSimulator(
    options: SimulatorOptions,
    check: (sim: RunningSimulator) => Promise<void>,
  ) {
    const sim = await startSimulator({
      appSecret: SECRET,
      historyDays: 2,
      callsPerDay: 200,
      liveSignals: false,
      ...options,
    });
    try {
      const now = Date.now();
      await syncFromSimulator(sim, { db, from: new Date(now - DAY), to: new Date(now), kind: "incremental" });
      await check(sim);
    } finally {
      await sim.close();
    }
  }

  const envFor = (sim: RunningSimulator, overrides: Record<string, string> = {}) => ({
    ...dbEnv,
    ANTRING_BASE_URL: sim.url,
    ANTRING_APP_ID: sim.appId,
    ANTRING_APP_SECRET: SECRET,
    ANTRING_LIVE_URL: sim.liveUrl,
    ANTRING_ACCOUNT_ID: "",
    ANTRING_LIVE_PROTOCOL: "auto",
    ...overrides,
  });

  // Every live protocol, each with another history envelope and recording answer shape.
  const modes: SimulatorOptions[] = [
    { liveProtocol: "sio4", envelope: "success", faults: { recordingShape: "media" } },
    { liveProtocol: "sio2", envelope: "data", faults: { recordingShape: "data" } },
    { liveProtocol: "sio09", envelope: "bare", faults: { recordingShape: "success" } },
    {
      liveProtocol: "kazoo-ws",
      envelope: "success",
      faults: { recordingShape: "bare", correctionRate: 0.05 },
    },
  ];
  const modesHere = mode === "embedded" ? modes : modes.slice(0, 1);

  it.each(modesHere)("all green against the simulator (%o), exit status 0", (options) =>
    withSyncedSimulator(options, async (sim) => {
      const result = await runDoctor(envFor(sim));
      expect(result.stderr).toBe("");
      expect(verdicts(result.stdout)).toEqual(Object.fromEntries(CHECKS.map((name) => [name, "PASS"])));
      expect(result.code).toBe(0);
      expect(lineOf(result.stdout, "live-feed")).toContain(`connected with ${options.liveProtocol}`);
      const envelope = { bare: "[…]", data: "{data:[…]}", success: "{success:true,data:[…]}" }[
        options.envelope!
      ];
      expect(lineOf(result.stdout, "history")).toMatch(/\d+ calls in the last 24 h/);
      expect(lineOf(result.stdout, "history")).toContain(envelope);
      expect(lineOf(result.stdout, "recording")).toMatch(/audio\/wav \(HTTP 206/);
      expect(result.stdout).toMatch(/^doctor: all 8 checks passed$/m);
      expectNothingSecret(result.stdout);
    }),
  );

  it.runIf(mode === "embedded")(
    "a wrong secret fails the credentials line with its reason, exit status 1",
    () =>
      withSyncedSimulator({}, async (sim) => {
        const wrong = "wrong-secret-also-never-printed-77";
        const result = await runDoctor(envFor(sim, { ANTRING_APP_SECRET: wrong }));
        expect(verdicts(result.stdout)).toMatchObject({
          "base-url": "PASS",
          credentials: "FAIL",
          history: "SKIP",
        });
        expect(lineOf(result.stdout, "credentials")).toMatch(
          /HASH_NOT_MATCH.*-> fix: ANTRING_APP_SECRET is wrong/,
        );
        expect(result.code).toBe(1);
        expect(result.stdout).not.toContain(wrong);
        expectNothingSecret(result.stdout);
      }),
  );

  it.runIf(mode === "embedded")("a stopped live server fails the live-feed line only, exit status 1", () =>
    withSyncedSimulator({}, async (sim) => {
      const result = await runDoctor(envFor(sim, { ANTRING_LIVE_URL: await stoppedSimulatorUrl() }));
      const expected = Object.fromEntries(
        CHECKS.map((name) => [name, name === "live-feed" ? "FAIL" : "PASS"]),
      );
      expect(verdicts(result.stdout)).toEqual(expected);
      expect(lineOf(result.stdout, "live-feed")).toMatch(
        /did not connect with any protocol: .+-> fix: check ANTRING_LIVE_URL/,
      );
      expect(result.code).toBe(1);
      expectNothingSecret(result.stdout);
    }),
  );

  it.runIf(mode === "embedded")(
    "an unreachable base URL fails the base-url line with its reason, exit status 1",
    async () => {
      const result = await runDoctor({
        ...dbEnv,
        ANTRING_BASE_URL: await stoppedSimulatorUrl(),
        ANTRING_APP_ID: "demo-app",
        ANTRING_APP_SECRET: SECRET,
      });
      expect(verdicts(result.stdout)).toMatchObject({
        "base-url": "FAIL",
        credentials: "SKIP",
        database: "PASS",
      });
      expect(lineOf(result.stdout, "base-url")).toMatch(
        /does not answer \(ECONNREFUSED\) -> fix: set ANTRING_BASE_URL/,
      );
      expect(result.code).toBe(1);
      expect(result.stdout).toMatch(/^doctor: \d of 8 checks failed$/m);
      expectNothingSecret(result.stdout);
    },
  );
});
