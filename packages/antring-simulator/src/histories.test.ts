import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CALL_CLASSES, CALL_RECORD_FIELDS, DIRECTIONS, STATUS_DETAILS, type CallRecord } from "./records";
import { startSimulator } from "./simulator";
import { DAY, NOW, allPages, getJson, historiesUrl, iso, recordsOf, sha256Hex } from "./test/http";
import type { RunningSimulator } from "./types";

function partyProblems(name: string, party: unknown): string[] {
  if (typeof party !== "object" || party === null) return [`${name} is not an object`];
  const { number, type, username } = party as Record<string, unknown>;
  const problems: string[] = [];
  if (typeof number !== "string" || number === "") problems.push(`${name}.number`);
  if (type === "user") {
    if (typeof username !== "string" || username === "") problems.push(`${name}.username missing for a user`);
  } else if (type === "realnumber") {
    if (username !== undefined) problems.push(`${name}.username on a realnumber`);
  } else problems.push(`${name}.type ${String(type)}`);
  return problems;
}

/** Everything wrong with a record against the documented fields, types and enums (empty = fine). */
function recordProblems(value: unknown): string[] {
  const record = value as Record<string, unknown>;
  const problems: string[] = [];
  if (Object.keys(record).sort().join() !== [...CALL_RECORD_FIELDS].sort().join())
    problems.push(`fields ${Object.keys(record).join()}`);
  problems.push(...partyProblems("caller", record.caller), ...partyProblems("callee", record.callee));
  if (!(CALL_CLASSES as readonly unknown[]).includes(record.class))
    problems.push(`class ${String(record.class)}`);
  if (!(DIRECTIONS as readonly unknown[]).includes(record.direction))
    problems.push(`direction ${String(record.direction)}`);
  if (!(STATUS_DETAILS as readonly unknown[]).includes(record.status_detail))
    problems.push(`status ${String(record.status_detail)}`);
  if (!(record.did_number === null || typeof record.did_number === "string"))
    problems.push("did_number type");
  for (const field of ["duration_seconds", "unix_timestamp", "billing_seconds"]) {
    const n = record[field];
    if (!(typeof n === "number" && Number.isInteger(n) && n >= 0)) problems.push(`${field} ${String(n)}`);
  }
  if (typeof record.recording !== "string") problems.push("recording type");
  return problems;
}

function expectDocumentedRecord(value: unknown): void {
  expect(recordProblems(value), JSON.stringify(value)).toEqual([]);
}

describe("GET /oapi/v1/call/histories", () => {
  let sim: RunningSimulator;
  const to = iso(NOW);
  const from = iso(NOW - 10 * DAY);

  beforeAll(async () => {
    sim = await startSimulator({ now: () => NOW, callsPerDay: 120, historyDays: 60, seed: "histories" });
  });
  afterAll(() => sim.close());

  it("pages newest first in pages of at most 100 whose union is exactly the dataset, then an empty page", async () => {
    const pages = await allPages(sim, from, to);
    const expected = sim.dataset.callsBetween(Date.parse(from), Date.parse(to));
    expect(expected.length).toBeGreaterThan(500);
    expect(pages.length).toBe(Math.floor(expected.length / 100) + 1);
    for (const page of pages) expect(page.length).toBeLessThanOrEqual(100);
    const served = pages.flat() as CallRecord[];
    expect(served).toEqual(expected);
    for (let i = 1; i < served.length; i++) {
      expect(served[i]!.unix_timestamp).toBeLessThanOrEqual(served[i - 1]!.unix_timestamp);
    }
    served.forEach(expectDocumentedRecord);

    const past = await getJson(historiesUrl(sim, { from, to, limit: "100", page: String(pages.length + 5) }));
    expect(past.status).toBe(200);
    expect(recordsOf(past.body)).toEqual([]);
  });

  it("serves every documented field in its documented type on every record of a 31-day window", async () => {
    const pages = await allPages(sim, iso(NOW - 31 * DAY), to);
    expect(pages.flat().length).toBeGreaterThan(2_000);
    pages.flat().forEach(expectDocumentedRecord);
  });

  it("treats both window ends as inclusive", async () => {
    const [probe] = sim.dataset.callsBetween(NOW - DAY, NOW);
    const at = iso(probe!.unix_timestamp * 1000);
    const { body } = await getJson(historiesUrl(sim, { from: at, to: at, limit: "100", page: "1" }));
    expect(recordsOf(body)).toContainEqual(probe);
    const before = iso(probe!.unix_timestamp * 1000 - 1);
    const { body: none } = await getJson(
      historiesUrl(sim, { from: before, to: before, limit: "100", page: "1" }),
    );
    expect(recordsOf(none)).not.toContainEqual(probe);
  });

  it("defaults to limit 20 and page 1 when they are not sent, hashing only what was sent", async () => {
    const { status, body } = await getJson(historiesUrl(sim, { from, to }));
    expect(status).toBe(200);
    expect(recordsOf(body)).toEqual(sim.dataset.callsBetween(Date.parse(from), Date.parse(to)).slice(0, 20));
  });

  it("requires limit and page in the hash when they are sent", async () => {
    const withoutThem = sha256Hex(sim.appId + from + to + sim.appSecret);
    const { status, body } = await getJson(
      historiesUrl(sim, { from, to, limit: "50", page: "2" }, withoutThem),
    );
    expect(status).toBe(400);
    expect(body).toEqual({ success: false, message: "HASH_NOT_MATCH" });
    const signed = await getJson(historiesUrl(sim, { from, to, limit: "50", page: "2" }));
    expect(recordsOf(signed.body)).toEqual(
      sim.dataset.callsBetween(Date.parse(from), Date.parse(to)).slice(50, 100),
    );
  });

  it("answers the documented error bodies, checking appId, then appId value, then hash", async () => {
    const base = `${sim.url}/oapi/v1/call/histories`;
    const query = (appId: string | null, hash: string): string => {
      const params = new URLSearchParams({ created_from: from, created_to: to, hash });
      if (appId !== null) params.set("appId", appId);
      return `${base}?${params.toString()}`;
    };
    const good = sha256Hex(sim.appId + from + to + sim.appSecret);
    expect(await getJson(query(null, good))).toMatchObject({
      status: 400,
      body: { success: false, message: "APPID_MISSING" },
    });
    expect(await getJson(query("someone-else", "x"))).toMatchObject({
      status: 400,
      body: { success: false, message: "APPID_NOT_FOUND" },
    });
    expect(await getJson(query(sim.appId, "0".repeat(64)))).toMatchObject({
      status: 400,
      body: { success: false, message: "HASH_NOT_MATCH" },
    });
    const wrongSecret = sha256Hex(sim.appId + from + to + "not-the-secret");
    expect(await getJson(query(sim.appId, wrongSecret))).toMatchObject({
      status: 400,
      body: { message: "HASH_NOT_MATCH" },
    });
    expect(await getJson(query(sim.appId, good))).toMatchObject({ status: 200 });
  });

  it.each([
    ["a 40-day window", { from: iso(NOW - 40 * DAY), to }],
    ["limit 101", { from, to, limit: "101", page: "1" }],
    ["limit 0", { from, to, limit: "0", page: "1" }],
    ["page 0", { from, to, limit: "10", page: "0" }],
    ["a non-numeric limit", { from, to, limit: "ten", page: "1" }],
    ["from after to", { from: to, to: from }],
    ["an unparseable date", { from: "yesterday", to }],
  ])("rejects %s with 400 INVALID_PARAMETER", async (_name, params) => {
    const { status, body } = await getJson(historiesUrl(sim, params));
    expect(status).toBe(400);
    expect(body).toEqual({ success: false, message: "INVALID_PARAMETER" });
  });

  it("accepts a window of exactly 31 days and limit 100", async () => {
    const { status } = await getJson(
      historiesUrl(sim, { from: iso(NOW - 31 * DAY), to, limit: "100", page: "1" }),
    );
    expect(status).toBe(200);
  });

  it("answers 404 METHOD_NOT_SUPPORT for an unknown route or a wrong method", async () => {
    for (const [method, path] of [
      ["GET", "/oapi/v1/call/nothing"],
      ["POST", "/oapi/v1/call/histories"],
      ["GET", "/"],
    ]) {
      const { status, body } = await getJson(`${sim.url}${path}`, { method });
      expect(status).toBe(404);
      expect(body).toEqual({ success: false, message: "METHOD_NOT_SUPPORT" });
    }
  });

  it("wraps records in the configured envelope", async () => {
    const url = historiesUrl(sim, { from, to, limit: "5", page: "1" });
    const expected = sim.dataset.callsBetween(Date.parse(from), Date.parse(to)).slice(0, 5);
    try {
      sim.setEnvelope("bare");
      expect((await getJson(url)).body).toEqual(expected);
      sim.setEnvelope("data");
      expect((await getJson(url)).body).toEqual({ data: expected });
      sim.setEnvelope("success");
      expect((await getJson(url)).body).toEqual({ success: true, data: expected });
    } finally {
      sim.setEnvelope("success");
    }
  });

  it("corrupts a fixed share of records, the same ones every time, when malformedRate is set", async () => {
    const url = historiesUrl(sim, { from, to, limit: "100", page: "1" });
    const clean = sim.dataset.callsBetween(Date.parse(from), Date.parse(to)).slice(0, 100);
    try {
      sim.setFaults({ malformedRate: 0.3 });
      const first = recordsOf((await getJson(url)).body);
      const second = recordsOf((await getJson(url)).body);
      expect(second).toEqual(first);
      const spoiled = first.filter((record, i) => JSON.stringify(record) !== JSON.stringify(clean[i]));
      expect(spoiled.length).toBeGreaterThan(10);
      expect(spoiled.length).toBeLessThan(55);
      sim.setFaults({ malformedRate: 1 });
      const all = recordsOf((await getJson(url)).body);
      all.forEach((record, i) => expect(record).not.toEqual(clean[i]));
    } finally {
      sim.setFaults({ malformedRate: 0 });
    }
    expect(recordsOf((await getJson(url)).body)).toEqual(clean);
  });
});
