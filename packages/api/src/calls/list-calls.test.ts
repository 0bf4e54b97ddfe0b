import type { CallRecord } from "@antdash/antring-core";
import { insertCalls, toCallRow } from "@antdash/db";
import { testDatabaseModes } from "@antdash/db/testing";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { InvalidCursorError } from "../cursor";
import { type ApiFixture, DAY, NOW, openApiFixture } from "../test/api-fixture";
import { usesRawOnlyCriteria } from "../analytics/routing";
import { agentRuleRecords, agentsOf } from "../analytics/testing/reference";
import { parseCallFilter } from "./call-filter";
import { CallNotFoundError, getCall } from "./get-call";
import { type CallSort, listCalls } from "./list-calls";
import type { BranchRead } from "./list-sql";

/** What identifies an upstream record's content (byte-identical double calls share it: compared as a multiset). */
const signature = (c: {
  unixTimestamp: number;
  callerNumber: string;
  calleeNumber: string;
  durationSeconds: number;
  billingSeconds: number;
  statusDetail: string;
}) =>
  `${c.unixTimestamp}|${c.callerNumber}|${c.calleeNumber}|${c.durationSeconds}|${c.billingSeconds}|${c.statusDetail}`;

const upstreamSignature = (c: CallRecord) =>
  signature({
    unixTimestamp: c.unix_timestamp,
    callerNumber: c.caller.number,
    calleeNumber: c.callee.number,
    durationSeconds: c.duration_seconds,
    billingSeconds: c.billing_seconds,
    statusDetail: c.status_detail,
  });

describe.each(testDatabaseModes())("listCalls on %s", (mode) => {
  let f: ApiFixture;
  beforeAll(async () => {
    f = await openApiFixture(mode);
    // Calls on which readings of the agent rule disagree, so the agent filter's reference tells them apart.
    const edge = agentRuleRecords(NOW - 3 * DAY);
    await insertCalls(
      f.db,
      edge.map((r, i) => toCallRow(r, `fp:agent-rule:${i}`, f.db.timeZone)),
    );
    f.calls = [...f.calls, ...edge].sort((a, b) => b.unix_timestamp - a.unix_timestamp);
  });
  afterAll(() => f.close());

  /** Reads every page; returns the rows in page order. */
  async function readAll(
    filter: ReturnType<typeof parseCallFilter>,
    sort: CallSort,
    limit: number,
    read?: BranchRead,
  ) {
    const rows = [];
    let cursor: string | undefined;
    let pages = 0;
    let total: number | undefined;
    for (;;) {
      const page = await listCalls(f.db, {
        filter,
        sort,
        limit,
        ...(cursor && { cursor }),
        ...(read && { read }),
      });
      if (pages === 0) total = page.total;
      else expect(page.total).toBeUndefined();
      expect(page.rows.length).toBeLessThanOrEqual(limit);
      rows.push(...page.rows);
      pages++;
      if (page.nextCursor === null) break;
      cursor = page.nextCursor;
      expect(pages).toBeLessThan(1000);
    }
    return { rows, total, pages };
  }

  const cases: Array<{ sort: CallSort; filter: Record<string, unknown> }> = [
    { sort: { column: "started_at", direction: "desc" }, filter: {} },
    { sort: { column: "duration_seconds", direction: "asc" }, filter: {} },
    { sort: { column: "billing_seconds", direction: "desc" }, filter: { direction: ["to_ab"] } },
    { sort: { column: "wait_seconds", direction: "asc" }, filter: { status: ["SUCCESS", "CANCELLED"] } },
    { sort: { column: "status_detail", direction: "desc" }, filter: {} },
    { sort: { column: "did_number", direction: "asc" }, filter: {} },
    { sort: { column: "caller_number", direction: "desc" }, filter: { number: "09" } },
    { sort: { column: "class", direction: "asc" }, filter: { hasRecording: true } },
    { sort: { column: "direction", direction: "asc" }, filter: {} },
    { sort: { column: "callee_number", direction: "asc" }, filter: {} },
    { sort: { column: "agents", direction: "asc" }, filter: {} },
    { sort: { column: "agents", direction: "desc" }, filter: { agent: ["thutran", "lanpham"] } },
    {
      sort: { column: "agents", direction: "asc" },
      filter: { agent: ["hoangle", "minhnguyen", "109", "110"] },
    },
    { sort: { column: "did_number", direction: "desc" }, filter: { did: ["02873019555"] } },
    {
      sort: { column: "duration_seconds", direction: "desc" },
      filter: { minDurationSeconds: 30, status: ["SUCCESS"] },
    },
  ];

  it.each(cases)(
    "pages through $sort.column $sort.direction with every filtered call exactly once",
    async (c) => {
      const filter = parseCallFilter({
        from: new Date(NOW - 12 * DAY),
        to: new Date(NOW - 2 * DAY),
        ...c.filter,
      });
      const { rows, total } = await readAll(filter, c.sort, 37);

      // Every call once: ids unique, and the contents equal the simulator's records for the same filter.
      expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
      // The first page counts from the rollups when they are exact for the filter; calls.count always does.
      const countable = !usesRawOnlyCriteria(filter) && (filter.agent?.length ?? 0) <= 1;
      expect(total).toBe(countable ? rows.length : undefined);
      expect(await f.caller(f.users.viewer).calls.count({ filter })).toEqual({ total: rows.length });
      const expected = f.calls
        .filter(
          (u) =>
            u.unix_timestamp * 1000 >= filter.from.getTime() &&
            u.unix_timestamp * 1000 <= filter.to.getTime(),
        )
        .filter((u) => !filter.direction || filter.direction.includes(u.direction))
        .filter((u) => !filter.status || filter.status.includes(u.status_detail))
        .filter((u) => !filter.did || (u.did_number !== null && filter.did.includes(u.did_number)))
        .filter((u) => !filter.agent || agentsOf(u).some((a) => filter.agent!.includes(a)))
        .filter(
          (u) =>
            !filter.number ||
            u.caller.number.includes(filter.number) ||
            u.callee.number.includes(filter.number),
        )
        .filter(
          (u) => filter.minDurationSeconds === undefined || u.duration_seconds >= filter.minDurationSeconds,
        )
        .filter((u) => filter.hasRecording === undefined || (u.recording !== "") === filter.hasRecording);
      expect(expected.length).toBeGreaterThan(74); // several pages
      const got = rows.map((r) =>
        signature({ ...r, unixTimestamp: Math.floor(r.startedAt.getTime() / 1000) }),
      );
      expect(got.sort()).toEqual(expected.map(upstreamSignature).sort());

      // In exactly the order one unpaged ORDER BY gives (ties by time, then insertion), so keyset pages neither skip
      // nor repeat.
      const expr = c.sort.column === "did_number" ? "COALESCE(did_number, '')" : c.sort.column;
      const dir = c.sort.direction.toUpperCase();
      const ids = rows.map((r) => r.id);
      const all = await f.db.pool.query<{ id: string }>(
        `SELECT id FROM calls WHERE id = ANY($1::text[]) ORDER BY ${expr} ${dir}, started_at ${dir}, seq ${dir}`,
        [ids],
      );
      expect(ids).toEqual(all.rows.map((r) => r.id));

      // Both ways of reading a page (chosen by how many calls match) give the same pages.
      for (const read of ["walk", "filter-first"] as const) {
        const forced = await readAll(filter, c.sort, 37, read);
        expect(forced.rows.map((r) => r.id)).toEqual(ids);
      }
    },
  );

  it("finds one customer's every call through a whole number in any spelling, in every sort, page by page", async () => {
    // The reference, from the simulator's records: the same subscriber is the same last nine digits.
    const tail = (n: string) => n.replace(/\D/g, "").slice(-9);
    const counts = new Map<string, number>();
    for (const u of f.calls)
      if (u.caller.type !== "user")
        counts.set(tail(u.caller.number), (counts.get(tail(u.caller.number)) ?? 0) + 1);
    const [busiest] = [...counts]
      .filter(([n]) => n.length === 9 && /^[35789]/.test(n))
      .sort((a, b) => b[1] - a[1]);
    const customer = busiest![0];
    const expected = f.calls.filter((u) =>
      [u.caller, u.callee].some(
        (p) => p.type !== "user" && tail(p.number) === customer && p.number.replace(/\D/g, "").length >= 9,
      ),
    );
    expect(expected.length).toBeGreaterThan(5);
    const sorts: CallSort[] = [
      { column: "started_at", direction: "desc" },
      { column: "duration_seconds", direction: "asc" },
      { column: "did_number", direction: "desc" },
      { column: "agents", direction: "asc" },
    ];
    const spellings = [`0${customer}`, `+84 ${customer.slice(0, 2)} ${customer.slice(2)}`, `84${customer}`];
    for (const [i, spelling] of spellings.entries()) {
      // Every sort with one spelling, the time sort with the others.
      for (const sort of i === 0 ? sorts : sorts.slice(0, 1)) {
        const filter = parseCallFilter({ from: f.from, to: f.to, number: spelling });
        const { rows } = await readAll(filter, sort, 4);
        expect(
          rows
            .map((r) => signature({ ...r, unixTimestamp: Math.floor(r.startedAt.getTime() / 1000) }))
            .sort(),
        ).toEqual(expected.map(upstreamSignature).sort());
        // The same pages as walking the sort indexes.
        expect((await readAll(filter, sort, 4, "walk")).rows.map((r) => r.id)).toEqual(rows.map((r) => r.id));
      }
    }
  });

  it("orders numeric sorts by value", async () => {
    const filter = parseCallFilter({ from: f.from, to: f.to });
    const { rows } = await readAll(filter, { column: "billing_seconds", direction: "asc" }, 200);
    for (let i = 1; i < rows.length; i++)
      expect(rows[i]!.billingSeconds).toBeGreaterThanOrEqual(rows[i - 1]!.billingSeconds);
    expect(rows.length).toBe(f.calls.length);
  });

  it("refuses a forged cursor and a cursor of another sort order", async () => {
    const filter = parseCallFilter({ from: f.from, to: f.to });
    const first = await listCalls(f.db, {
      filter,
      sort: { column: "started_at", direction: "desc" },
      limit: 5,
    });
    expect(first.nextCursor).not.toBeNull();
    await expect(
      listCalls(f.db, {
        filter,
        sort: { column: "duration_seconds", direction: "desc" },
        limit: 5,
        cursor: first.nextCursor!,
      }),
    ).rejects.toBeInstanceOf(InvalidCursorError);
    await expect(
      listCalls(f.db, {
        filter,
        sort: { column: "started_at", direction: "desc" },
        limit: 5,
        cursor: "not-a-cursor",
      }),
    ).rejects.toBeInstanceOf(InvalidCursorError);
    const forged = Buffer.from(JSON.stringify(["calls:started_at:desc", 12, "x"])).toString("base64url");
    const viaApi = f
      .caller(f.users.viewer)
      .calls.list({ filter: { from: f.from, to: f.to }, limit: 5, cursor: forged });
    await expect(viaApi).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("gives one call's every field, with hasRecording instead of the recording's name", async () => {
    const filter = parseCallFilter({ from: f.from, to: f.to, hasRecording: true });
    const [row] = (
      await listCalls(f.db, { filter, sort: { column: "started_at", direction: "desc" }, limit: 1 })
    ).rows;
    const detail = await f.caller(f.users.viewer).calls.get({ id: row!.id });
    expect(detail).toMatchObject({ id: row!.id, hasRecording: true, startedAt: row!.startedAt });
    expect(detail.unixTimestamp).toBe(Math.floor(row!.startedAt.getTime() / 1000));
    expect(Object.keys(detail)).not.toContain("recording");
    expect(detail.localHour).toBeGreaterThanOrEqual(0);
    await expect(getCall(f.db, "fp:nothing:0")).rejects.toBeInstanceOf(CallNotFoundError);
    const missing = await f
      .caller(f.users.viewer)
      .calls.get({ id: "fp:nothing:0" })
      .catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(TRPCError);
    expect(missing).toMatchObject({ code: "NOT_FOUND", message: "This call is not in the cache." });
  });
});
