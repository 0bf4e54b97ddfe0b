import { afterEach, describe, expect, it, vi } from "vitest";
import { formatLogLine, logEvent } from "./log";

describe("log lines", () => {
  it("fold an error's stack into one JSON line", () => {
    const line = formatLogLine("error", "server.error", {
      where: "export",
      error: new Error("boom\nsecond line"),
    });
    expect(line).not.toContain("\n");
    const parsed = JSON.parse(line) as { event: string; error: { message: string; stack: string } };
    expect(parsed.event).toBe("server.error");
    expect(parsed.error.message).toBe("boom\nsecond line");
    expect(parsed.error.stack).toContain("log.test.ts");
  });

  it("never carry a password, a token or a cookie", () => {
    const jwt = "eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..abc123def456.ghi789jkl.mno345";
    const line = formatLogLine("error", "auth", {
      password: "hunter2-long-secret",
      metadata: {
        headers: { cookie: `next-auth.session-token=${jwt}`, authorization: "Bearer tv-secret-token" },
      },
      url: "/api/wallboard/events?tv=tvtoken-0123456789abcdef&x=1",
      message: `failed for Bearer abcdefabcdef and session-token=${jwt}; /tv/ABCDEFGHIJKLMNOPQRSTUV`,
      error: new Error(`while reading ${jwt}`),
    });
    for (const secret of [
      "hunter2",
      jwt,
      "tv-secret-token",
      "tvtoken-0123",
      "abcdefabcdef",
      "ABCDEFGHIJKLMNOP",
    ]) {
      expect(line).not.toContain(secret);
    }
    expect(line).toContain("&x=1");
  });

  it("mask a token inside an error's stack and its cause, and keep the rest of the stack", () => {
    const token = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.c2lnbmF0dXJlLXBhcnQ";
    const error = new Error(`refused Bearer ${token}`, {
      cause: new Error(`GET /api/wallboard/events?tv=tv-cause-secret-0123 failed`),
    });
    const line = formatLogLine("error", "server.error", { error });
    expect(line.split("\n")).toHaveLength(1);
    expect(line).not.toContain(token);
    expect(line).not.toContain("eyJzdWIi");
    expect(line).not.toContain("tv-cause-secret");
    const parsed = JSON.parse(line) as { error: { stack: string; cause: { message: string } } };
    expect(parsed.error.stack).toMatch(/^Error: refused Bearer \[redacted\]\n\s+at /);
    expect(parsed.error.stack).toContain("log.test.ts");
    expect(parsed.error.cause.message).toBe("GET /api/wallboard/events?tv=[redacted] failed");
  });
});

describe("logEvent", () => {
  afterEach(() => vi.restoreAllMocks());

  it("writes exactly one line per event, errors to stderr", () => {
    const stderr = vi.spyOn(console, "error").mockImplementation(() => {});
    const stdout = vi.spyOn(console, "log").mockImplementation(() => {});
    logEvent("error", "server.error", { error: new Error("a\nb") });
    logEvent("info", "sync.pass", { callsWritten: 3 });
    expect(stderr).toHaveBeenCalledTimes(1);
    expect(stdout).toHaveBeenCalledTimes(1);
    for (const [line] of [...stderr.mock.calls, ...stdout.mock.calls]) {
      expect(String(line)).not.toContain("\n");
      expect(JSON.parse(String(line))).toHaveProperty("at");
    }
    expect(JSON.parse(String(stdout.mock.calls[0]![0]))).toMatchObject({ level: "info", event: "sync.pass" });
  });
});
