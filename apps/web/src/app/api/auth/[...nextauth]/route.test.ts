import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { BODY_LIMITS } from "~/server/http/body-limit";
import { chunkedBody } from "~/server/http/chunked-body";
import { POST } from "./route";

describe("POST /api/auth/*", () => {
  it("refuses a sign-in body sent without a size once it passes 16 KiB, before next-auth reads it", async () => {
    const request = new NextRequest("http://127.0.0.1:3000/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", "transfer-encoding": "chunked" },
      body: chunkedBody(BODY_LIMITS.anonymous * 4),
      duplex: "half",
    });
    expect(request.headers.get("content-length")).toBeNull();
    const response = await POST(request, {
      params: Promise.resolve({ nextauth: ["callback", "credentials"] }),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: "PAYLOAD_TOO_LARGE" });
  });
});
