// Bad input and domain refusals reach HTTP clients as typed codes with readable messages: never a 500, a stack
// trace or zod's raw JSON.
import { openTestDatabase, testDatabaseModes, type TestDatabase } from "@antdash/db/testing";
import { createHTTPServer } from "@trpc/server/adapters/standalone";
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import superjson from "superjson";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "./root";
import { updateUser } from "./auth/users";
import { type ApiFixture, openApiFixture, TEST_DEVICES } from "./test/api-fixture";

interface ErrorBody {
  message: string;
  code: number;
  data: {
    code: string;
    httpStatus: number;
    reason: string | null;
    issues?: Array<{ path: string; message: string }>;
  };
}

describe.each(testDatabaseModes())("errors over HTTP on %s", (mode) => {
  let f: ApiFixture;
  let closedDb: TestDatabase;
  let server: Server;
  let base: string;

  beforeAll(async () => {
    f = await openApiFixture(mode, { historyDays: 1 });
    closedDb = await openTestDatabase(mode);
    await closedDb.dispose();
    server = createHTTPServer({
      router: appRouter,
      createContext: ({ req }) => {
        const as = req.headers["x-test-as"];
        if (as === "broken-database") return { ...f.context(f.users.admin), db: closedDb };
        return f.context(as === "viewer" ? f.users.viewer : f.users.admin);
      },
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await f.close();
  });

  async function call(
    type: "query" | "mutation",
    path: string,
    input: unknown,
    as = "admin",
  ): Promise<{ status: number; text: string; error: ErrorBody }> {
    const encoded = JSON.stringify(superjson.serialize(input));
    const response =
      type === "query"
        ? await fetch(`${base}/${path}?input=${encodeURIComponent(encoded)}`, {
            headers: { "x-test-as": as },
          })
        : await fetch(`${base}/${path}`, {
            method: "POST",
            headers: { "content-type": "application/json", "x-test-as": as },
            body: encoded,
          });
    const text = await response.text();
    return {
      status: response.status,
      text,
      error: (JSON.parse(text) as { error: { json: ErrorBody } }).error.json,
    };
  }

  const badInputs: Array<[type: "query" | "mutation", path: string, input: unknown, message: RegExp]> = [
    [
      "query",
      "calls.list",
      { filter: { from: "2026-11-02", to: "2026-11-01" } },
      /^filter\.to: to is before from$/,
    ],
    [
      "query",
      "calls.list",
      { filter: { from: "2026-11-01", to: "2026-11-02", status: ["MISSED"] } },
      /^filter\.status\.0: /,
    ],
    ["query", "calls.list", { filter: { from: "2026-11-01", to: "2026-11-02" }, limit: 1000 }, /^limit: /],
    [
      "query",
      "calls.list",
      { filter: { from: "2026-11-01", to: "2026-11-02" }, sort: { column: "recording", direction: "asc" } },
      /^sort\.column: /,
    ],
    [
      "query",
      "calls.list",
      { filter: { from: "2026-11-01", to: "2026-11-02" }, cursor: "garbage" },
      /page link is no longer valid/,
    ],
    // Found by input-fuzz.test.ts: both once reached PostgreSQL and came back as a 500.
    [
      "query",
      "calls.list",
      { filter: { from: "-004713-11-30T16:53:29.999Z", to: "2026-11-02" } },
      /^filter\.from: from must be in the years 1970 to 2199$/,
    ],
    [
      "mutation",
      "admin.createUser",
      { email: "z@example.test", name: "\u0000", role: "viewer", password: "long enough pass" },
      /^name: text must not contain a NUL character\.$/,
    ],
    [
      "mutation",
      "admin.createUser",
      { email: "x@example.test", name: "X", role: "viewer", password: "short" },
      /^password: The password needs at least 10 characters\.$/,
    ],
    [
      "mutation",
      "admin.createUser",
      { email: "not an email", name: "X", role: "viewer", password: "long enough pass" },
      /^email: Enter a valid email address\.$/,
    ],
    [
      "mutation",
      "admin.createUser",
      { email: "y@example.test", name: "Y", role: "owner", password: "long enough pass" },
      /^role: /,
    ],
    [
      "mutation",
      "telephony.clickToCall",
      { number: "12" },
      /^number: Enter a phone number of 3 to 15 digits\.$/,
    ],
    [
      "mutation",
      "admin.updateSettings",
      {
        thresholds: {
          answerRateRedPercent: 90,
          answerRateAmberPercent: 80,
          maxWaitSeconds: 60,
          staleDataMinutes: 30,
        },
      },
      /red answer-rate threshold/,
    ],
    ["mutation", "admin.updateSettings", { timeZone: "Mars/Olympus_Mons" }, /^timeZone: Unknown time zone/],
    [
      "mutation",
      "sync.startBackfill",
      { from: "2026-11-02", to: "2026-11-01" },
      /^to: to must be after from$/,
    ],
    ["mutation", "auth.saveView", { name: "x", query: "https://elsewhere.example/" }, /path on this site/],
    [
      "mutation",
      "auth.changePassword",
      { currentPassword: "not it at all", newPassword: "a brand new password" },
      /^The current password is not correct\.$/,
    ],
  ];

  it.each(badInputs)("%s %s answers 400 with a readable message", async (type, path, input, message) => {
    const { status, text, error } = await call(type, path, input);
    expect(status).toBe(400);
    expect(error.data.code).toBe("BAD_REQUEST");
    expect(error.message).toMatch(message);
    expect(text).not.toMatch(/stack|at .*\.ts:\d+/);
  });

  it("lists the problems with their paths beside the message", async () => {
    const { error } = await call("query", "calls.list", {
      filter: { from: "2026-11-02", to: "2026-11-01" },
      limit: 0,
    });
    expect(error.data.issues).toEqual(
      expect.arrayContaining([
        { path: "filter.to", message: "to is before from" },
        expect.objectContaining({ path: "limit" }),
      ]),
    );
  });

  it("answers domain refusals with their own codes", async () => {
    const lastAdmin = await call("mutation", "admin.deleteUser", { id: f.users.admin.id });
    expect(lastAdmin).toMatchObject({
      status: 409,
      error: { data: { code: "CONFLICT" }, message: expect.stringMatching(/last active admin/) },
    });
    const missing = await call("query", "calls.get", { id: "fp:none:0" });
    expect(missing).toMatchObject({ status: 404, error: { message: "This call is not in the cache." } });
    const forbidden = await call("query", "admin.listUsers", undefined, "viewer");
    expect(forbidden).toMatchObject({ status: 403, error: { data: { code: "FORBIDDEN" } } });
  });

  it("names the reason of a refusal for the client to choose its words by, not only the code", async () => {
    const refusal = async (...args: Parameters<typeof call>) => {
      const { status, error } = await call(...args);
      return { status, code: error.data.code, reason: error.data.reason };
    };
    expect(await refusal("mutation", "admin.deleteUser", { id: f.users.admin.id })).toEqual({
      status: 409,
      code: "CONFLICT",
      reason: "lastAdmin",
    });
    expect(await refusal("query", "admin.listUsers", undefined, "viewer")).toEqual({
      status: 403,
      code: "FORBIDDEN",
      reason: "forbidden",
    });
    const wrongPassword = { currentPassword: "not it at all", newPassword: "a brand new password" };
    expect(await refusal("mutation", "auth.changePassword", wrongPassword)).toEqual({
      status: 400,
      code: "BAD_REQUEST",
      reason: "wrongPassword",
    });
    // Both SIP problems share one code: only the reason tells them apart.
    const dial = () => refusal("mutation", "telephony.clickToCall", { number: "0903123456" });
    await updateUser(f.db, f.users.admin.id, { sipDevice: null });
    expect(await dial()).toEqual({
      status: 412,
      code: "PRECONDITION_FAILED",
      reason: "sipDeviceNotConfigured",
    });
    const offline = TEST_DEVICES[1]!;
    await updateUser(f.db, f.users.admin.id, {
      sipDevice: { sipUser: offline.sipUser, sipPassword: offline.sipPassword },
    });
    expect(await dial()).toEqual({ status: 412, code: "PRECONDITION_FAILED", reason: "sipDeviceOffline" });
    // Input a schema refused has no reason: its issues say what is wrong.
    expect(await refusal("mutation", "telephony.clickToCall", { number: "12" })).toEqual({
      status: 400,
      code: "BAD_REQUEST",
      reason: null,
    });
  });

  it("hides what went wrong inside the server", async () => {
    const { status, text, error } = await call("query", "calls.get", { id: "fp:none:0" }, "broken-database");
    expect(status).toBe(500);
    expect(error.message).toBe("Something went wrong on the server.");
    expect(text).not.toMatch(/pool|stack|postgres/i);
  });
});
