import { afterEach, describe, expect, it, vi } from "vitest";
import { onRequestError } from "../instrumentation";

describe("onRequestError (instrumentation)", () => {
  afterEach(() => vi.restoreAllMocks());

  it("logs an uncaught request error as one JSON line: route, stack folded in, no token, no cookie", async () => {
    const lines: string[] = [];
    vi.spyOn(console, "error").mockImplementation((line: unknown) => lines.push(String(line)));
    const jwt = "eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..abc123def456.ghi789jkl.mno345";
    const error = Object.assign(new Error(`render failed for /tv/ABCDEFGHIJKLMNOPQRSTUV with ${jwt}`), {
      digest: "1234567",
    });
    await onRequestError(
      error,
      {
        path: "/api/wallboard/events?tv=tvtoken-0123456789abcdef",
        method: "GET",
        headers: { cookie: `next-auth.session-token=${jwt}`, authorization: "Bearer tv-secret-token" },
      },
      {
        routerKind: "App Router",
        routePath: "/api/wallboard/events",
        routeType: "route",
        revalidateReason: undefined,
      },
    );
    expect(lines).toHaveLength(1);
    const line = lines[0]!;
    expect(line).not.toContain("\n");
    for (const secret of [jwt, "abc123def456", "tvtoken-0123", "tv-secret-token", "ABCDEFGHIJKLMNOP"]) {
      expect(line).not.toContain(secret);
    }
    expect(JSON.parse(line)).toMatchObject({
      level: "error",
      event: "next.request_error",
      method: "GET",
      path: "/api/wallboard/events",
      routePath: "/api/wallboard/events",
      routeType: "route",
      digest: "1234567",
      error: { name: "Error", stack: expect.stringContaining("request-error-log.test.ts") },
    });
  });
});
