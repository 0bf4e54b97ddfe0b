import { describe, expect, it } from "vitest";
import { formatLogLine } from "./log";

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
});
