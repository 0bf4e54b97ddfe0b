import { ApiError } from "@antdash/api";
import type { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { routeHandler } from "./route-handler";

const request = new Request("http://localhost/api/thing") as unknown as NextRequest;
const params = <P>(value: P) => ({ params: Promise.resolve(value) });

class GoneError extends ApiError {
  override readonly kind = "NOT_FOUND" as const;
}

describe("routeHandler", () => {
  afterEach(() => vi.restoreAllMocks());

  it("hands the handler the route's params and answers with its response", async () => {
    const GET = routeHandler<{ id: string }>("GET /api/thing", (_request, { id }) =>
      Promise.resolve(new Response(id)),
    );
    const response = await GET(request, params({ id: "42" }));
    expect(await response.text()).toBe("42");
  });

  it("answers a domain error with its kind's status, reason and message, plus the error's headers", async () => {
    const GET = routeHandler(
      "GET /api/thing",
      () => Promise.reject(new GoneError("No such thing.")),
      (error) => (error instanceof GoneError ? { "X-Gone": "yes" } : undefined),
    );
    const response = await GET(request, params({}));
    expect(response.status).toBe(404);
    expect(response.headers.get("X-Gone")).toBe("yes");
    expect(await response.json()).toEqual({ error: "NOT_FOUND", reason: null, message: "No such thing." });
  });

  it("answers anything else with a bare 500 and logs it under the route's name", async () => {
    const lines: string[] = [];
    vi.spyOn(console, "error").mockImplementation((line: unknown) => lines.push(String(line)));
    const GET = routeHandler("GET /api/thing", () =>
      Promise.reject(new Error("database password is hunter2")),
    );
    const response = await GET(request, params({}));
    expect(response.status).toBe(500);
    expect(await response.json()).toMatchObject({ message: "Something went wrong on the server." });
    expect(lines.join("\n")).toContain("GET /api/thing");
  });
});
