import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { withBodyLimit } from "./body-limit";

const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  new NextRequest("http://127.0.0.1:3000/api/trpc/x", {
    method: "POST",
    body,
    headers,
    duplex: "half",
  } as ConstructorParameters<typeof NextRequest>[1]);

function chunked(bytes: number): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= bytes) return controller.close();
      controller.enqueue(new Uint8Array(1024));
      sent += 1024;
    },
  });
}

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
    const streamed = await withBodyLimit(post(chunked(10 * 1024 * 1024)), 64 * 1024);
    expect((streamed as Response).status).toBe(413);
  });
});
