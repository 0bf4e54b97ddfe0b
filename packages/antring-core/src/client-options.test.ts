import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { AntringClient } from "./client";
import { resolveOptions } from "./client-options";
import { InvalidArgumentError } from "./errors";

const base = { baseUrl: "http://127.0.0.1:1/", appId: "demo-app", appSecret: "s3cret-in-options-9d2c" };

describe("client options", () => {
  it("fills the documented defaults and trims the base URL", () => {
    const resolved = resolveOptions(base);
    expect(resolved).toMatchObject({
      baseUrl: "http://127.0.0.1:1",
      timeoutMs: 15_000,
      retry: { retries: 5, baseDelayMs: 250, maxDelayMs: 8000 },
      concurrency: 4,
      pageSize: 100,
    });
    expect(resolveOptions({ ...base, retry: { retries: 0 } }).retry).toEqual({
      retries: 0,
      baseDelayMs: 250,
      maxDelayMs: 8000,
    });
  });

  it.each([
    { baseUrl: "openapi.antbuddy.com" },
    { appId: "" },
    { appSecret: "" },
    { timeoutMs: 0 },
    { concurrency: 0 },
    { pageSize: 101 },
    { retry: { retries: -1 } },
    { retry: { retries: 1.5 } },
  ])("refuses %j", (bad) => {
    expect(() => new AntringClient({ ...base, ...bad })).toThrow(InvalidArgumentError);
  });

  it("does not show the secret when the client itself is logged", () => {
    const client = new AntringClient(base);
    expect(inspect(client, { depth: 8, showHidden: true })).not.toContain(base.appSecret);
    expect(JSON.stringify(client)).not.toContain(base.appSecret);
  });
});
