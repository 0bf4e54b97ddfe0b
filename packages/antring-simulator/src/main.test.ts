import { spawn } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CliUsageError, parseCli } from "./cli-args";
import { getJson, historiesUrl, iso } from "./test/http";
import type { RunningSimulator } from "./types";

const packageDir = fileURLToPath(new URL("..", import.meta.url));

describe("pnpm simulator (src/main.ts)", () => {
  it("listens on the port it is given, prints its URL without the secret, serves, and stops on SIGTERM", async () => {
    const child = spawn(
      "node_modules/.bin/tsx",
      ["src/main.ts", "--port", "0", "--calls-per-day", "50", "--history-days", "3"],
      {
        cwd: packageDir,
        env: { ...process.env, ANTRING_APP_ID: "cli-app", ANTRING_APP_SECRET: "cli-secret-zz9" },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    try {
      let output = "";
      const line = await new Promise<string>((resolve, reject) => {
        child.stdout.on("data", (chunk: Buffer) => {
          output += chunk.toString();
          const match =
            /^AntRing simulator listening on (http:\/\/127\.0\.0\.1:\d+) \(appId=cli-app\)$/m.exec(output);
          if (match) resolve(match[0]);
        });
        child.once("exit", (code) => reject(new Error(`exited with ${code} before listening: ${output}`)));
      });
      expect(line).not.toContain("cli-secret-zz9");
      const url = /(http:\S+)/.exec(line)![1]!;
      expect(Number(new URL(url).port)).toBeGreaterThan(0);

      const sim = { url, appId: "cli-app", appSecret: "cli-secret-zz9" } as RunningSimulator;
      const now = Date.now();
      const { status, body } = await getJson(
        historiesUrl(sim, { from: iso(now - 86_400_000), to: iso(now), limit: "5", page: "1" }),
      );
      expect(status).toBe(200);
      expect(body).toMatchObject({ success: true, data: expect.any(Array) });

      child.kill("SIGTERM");
      const [code] = (await once(child, "exit")) as [number | null];
      expect(code).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill("SIGKILL");
    }
  });
});

describe("parseCli", () => {
  it("maps flags to simulator options with the documented defaults", () => {
    expect(parseCli([])).toEqual({
      kind: "run",
      options: expect.objectContaining({
        port: 4010,
        host: "127.0.0.1",
        seed: 1,
        liveSignals: true,
        liveProtocol: "sio4",
        liveRefusal: "error",
      }),
    });
    const command = parseCli([
      "--port",
      "0",
      "--seed",
      "abc",
      "--calls-per-day",
      "900",
      "--history-days",
      "30",
      "--envelope",
      "bare",
      "--failure-rate",
      "0.2",
      "--latency-ms",
      "50",
      "--rate-limit",
      "5",
      "--malformed-rate",
      "0.01",
      "--correction-rate",
      "0.05",
      "--click-to-call-body",
      "empty",
      "--recording-shape",
      "bare",
      "--no-live-signals",
      "--live-protocol",
      "sio09",
      "--live-refusal",
      "drop",
    ]);
    expect(command).toEqual({
      kind: "run",
      options: {
        port: 0,
        host: "127.0.0.1",
        seed: "abc",
        callsPerDay: 900,
        historyDays: 30,
        envelope: "bare",
        faults: {
          failureRate: 0.2,
          latencyMs: 50,
          rateLimitPerSecond: 5,
          malformedRate: 0.01,
          correctionRate: 0.05,
          clickToCallBody: "empty",
          recordingShape: "bare",
        },
        liveSignals: false,
        liveProtocol: "sio09",
        liveRefusal: "drop",
      },
    });
    expect(parseCli(["--help"])).toEqual({ kind: "help" });
  });

  it.each([
    ["--port", "x"],
    ["--envelope", "xml"],
    ["--failure-rate", "1.5"],
    ["--rate-limit", "0"],
    ["--correction-rate", "2"],
    ["--click-to-call-body", "xml"],
    ["--recording-shape", "url"],
    ["--live-protocol", "sio3"],
    ["--live-refusal", "silence"],
    ["--bogus"],
  ])("rejects %s %s", (...args) => {
    expect(() => parseCli(args.filter((a) => a !== undefined))).toThrow(CliUsageError);
  });
});
