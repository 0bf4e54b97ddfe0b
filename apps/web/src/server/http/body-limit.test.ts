import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { BODY_LIMITS, withBodyLimit } from "./body-limit";
import { chunkedBody } from "./chunked-body";

const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  new NextRequest("http://127.0.0.1:3000/api/trpc/x", {
    method: "POST",
    body,
    headers,
    duplex: "half",
  });

describe("withBodyLimit", () => {
  it("passes a body within the limit on, readable as before", async () => {
    const out = await withBodyLimit(post('{"0":{"json":1}}'), 1024);
    expect(out).toBeInstanceOf(NextRequest);
    expect(await (out as NextRequest).json()).toEqual({ 0: { json: 1 } });
  });

  it("answers 413 naming the body for a declared or a streamed body beyond the limit", async () => {
    const declared = await withBodyLimit(post("x".repeat(2048)), 1024);
    expect((declared as Response).status).toBe(413);
    expect(await (declared as Response).json()).toMatchObject({ message: expect.stringMatching(/^body: /) });
    const streamed = await withBodyLimit(post(chunkedBody(10 * 1024 * 1024)), 64 * 1024);
    expect((streamed as Response).status).toBe(413);
  });

  it("counts a sign-in form sent without a size while reading it: under 16 KiB passes whole, over it is a 413", async () => {
    const under = await withBodyLimit(post(chunkedBody(BODY_LIMITS.anonymous - 1)), BODY_LIMITS.anonymous);
    expect(under).toBeInstanceOf(NextRequest);
    expect(await (under as NextRequest).text()).toBe("a".repeat(BODY_LIMITS.anonymous - 1));
    const over = await withBodyLimit(post(chunkedBody(BODY_LIMITS.anonymous + 1)), BODY_LIMITS.anonymous);
    expect((over as Response).status).toBe(413);
  });

  it("counts the bytes whatever size is announced (unparseable, or smaller than what arrives)", async () => {
    for (const length of ["", "abc", "-1", "10"]) {
      const out = await withBodyLimit(
        post(chunkedBody(BODY_LIMITS.anonymous * 2), { "content-length": length }),
        BODY_LIMITS.anonymous,
      );
      expect((out as Response).status, `content-length: ${JSON.stringify(length)}`).toBe(413);
    }
  });
});
