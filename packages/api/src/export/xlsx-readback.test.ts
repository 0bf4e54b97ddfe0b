import { testDatabaseModes } from "@antdash/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analyzeCalls } from "../analytics/summary";
import { parseCallFilter } from "../calls/call-filter";
import { type ApiFixture, openApiFixture } from "../test/api-fixture";
import { bytesOf } from "../test/read-body";
import { openpyxlAvailable, type ReadCell, readXlsx, tableOf } from "../testing/read-xlsx";
import { worklistOf } from "../test/export-worklist";
import { type ExportRequest, openCallbackExport, openExport } from "./open-export";

// Both XLSX exports, read back with Python's openpyxl (not our writer), as a spreadsheet application opens them.

const ZONE_OFFSET_MS = 7 * 3_600_000; // Asia/Ho_Chi_Minh: UTC+7 all year.
/** The wall time in Ho Chi Minh City of a UTC instant, as openpyxl prints a date-time ("2026-11-20T17:00:00"). */
const hcm = (utc: string | Date) =>
  new Date(new Date(utc).getTime() + ZONE_OFFSET_MS).toISOString().slice(0, 19);

// What the pages call things, written out here rather than read from the labels module under test.
const PAGE_WORDS = {
  vi: {
    sheet: "Cuộc gọi",
    time: "Thời gian (Asia/Ho_Chi_Minh)",
    direction: "Chiều",
    status: "Trạng thái",
    class: "Loại",
    duration: "Thời lượng (giây)",
    durationTwin: "Thời lượng (h:mm:ss)",
    directions: { to_ab: "Gọi vào", from_ab: "Gọi ra" },
    classes: { trunking: "Trung kế", one_one: "Nội bộ" },
    answered: "Đã trả lời",
    inboundCancelled: "Khách bỏ máy",
    sheets: ["Tổng quan", "Theo đầu số", "Theo nhân viên", "Theo giờ", "Theo trạng thái"],
    answerRate: "Tỷ lệ trả lời",
    serviceLevel: "Mức phục vụ",
    filterLine: ["Chiều gọi", "Gọi vào"],
    didHeader: "Đầu số",
    calls: "Cuộc gọi",
  },
  en: {
    sheet: "Calls",
    time: "Time (Asia/Ho_Chi_Minh)",
    direction: "Direction",
    status: "Status",
    class: "Class",
    duration: "Duration (s)",
    durationTwin: "Duration (h:mm:ss)",
    directions: { to_ab: "Inbound", from_ab: "Outbound" },
    classes: { trunking: "Trunk", one_one: "Internal" },
    answered: "Answered",
    inboundCancelled: "Caller abandoned",
    sheets: ["Overview", "By DID", "By agent", "By hour", "By status"],
    answerRate: "Answer rate",
    serviceLevel: "Service level",
    filterLine: ["Direction", "Inbound"],
    didHeader: "DID",
    calls: "Calls",
  },
} as const;

/** A1-style name of the last column and row of a table with `columns` columns and `rows` rows below its header. */
const range = (columns: number, rows: number) => `A1:${String.fromCharCode(64 + columns)}${rows + 1}`;

const inCi = process.env.CI === "true";
const canRead = openpyxlAvailable();
if (!canRead && inCi)
  throw new Error("python3-openpyxl is required in CI (apt-get install python3-openpyxl)");
if (!canRead) console.warn("xlsx-readback: openpyxl not found (apt-get install python3-openpyxl): skipped");

describe.skipIf(!canRead).each(testDatabaseModes())("XLSX exports read back with openpyxl on %s", (mode) => {
  let f: ApiFixture;
  const download = async (request: ExportRequest, locale: "vi" | "en" = "vi") => {
    const response = await openExport(f.context({ ...f.users.supervisor, locale }), request);
    const book = await readXlsx(await bytesOf(response.body));
    await response.done;
    return book;
  };

  beforeAll(async () => {
    f = await openApiFixture(mode, { historyDays: 4 });
  });
  afterAll(() => f.close());

  it.each(["vi", "en"] as const)(
    "calls in %s: date-time cells in the zone, numeric durations with [h]:mm:ss twins, frozen header, autofilter, labels as the pages show them, machine columns",
    async (locale) => {
      const words = PAGE_WORDS[locale];
      const filter = parseCallFilter({ from: f.from, to: f.to });
      // The user's language, with nothing asked: the web's default for XLSX.
      const book = await download({ kind: "calls", format: "xlsx", filter }, locale);
      expect(book.warnings).toEqual([]);
      expect(book.sheets.map((s) => s.name)).toEqual([words.sheet]);
      const [sheet] = book.sheets;
      const header = sheet!.rows[0]!;
      expect(header.every((c) => c.b)).toBe(true);
      expect(sheet!.freeze).toBe("A2");
      expect(sheet!.filter).toBe(range(header.length, f.calls.length));
      const names = header.map((c) => c.v);
      for (const name of [
        words.time,
        words.direction,
        words.status,
        words.class,
        words.duration,
        words.durationTwin,
      ])
        expect(names).toContain(name);
      for (const key of ["time_utc", "direction", "status_detail", "class"]) expect(names).toContain(key);

      const rows = tableOf(sheet!);
      expect(rows).toHaveLength(f.calls.length);
      const pairs = new Map<string, string>();
      for (const row of rows) {
        const time = row[words.time]!;
        expect(time).toMatchObject({
          t: "datetime",
          f: "yyyy-mm-dd hh:mm:ss",
          v: hcm(row.time_utc!.v as string),
        });
        const seconds = row[words.duration]!;
        expect(seconds.t).toBe("number");
        expect(row[words.durationTwin]).toMatchObject({ t: "timedelta", f: "[h]:mm:ss", v: seconds.v });
        pairs.set(
          `${row.direction!.v}/${row.class!.v}/${row.status_detail!.v}`,
          `${row[words.direction]!.v}/${row[words.class]!.v}/${row[words.status]!.v}`,
        );
      }
      // Every call of the upstream history, in the same order (newest first).
      expect(rows.map((r) => r.time_utc!.v)).toEqual(
        f.calls.map((c) => new Date(c.unix_timestamp * 1000).toISOString()),
      );
      expect(pairs.get("to_ab/trunking/SUCCESS")).toBe(
        `${words.directions.to_ab}/${words.classes.trunking}/${words.answered}`,
      );
      expect(pairs.get("to_ab/trunking/CANCELLED")).toBe(
        `${words.directions.to_ab}/${words.classes.trunking}/${words.inboundCancelled}`,
      );
      expect([...pairs.values()].some((v) => v.startsWith(`${words.directions.from_ab}/`))).toBe(true);
      // Widths fit: the date-time column is wide enough for "2026-11-20 17:00:00".
      expect(sheet!.widths.A).toBeGreaterThanOrEqual(19);
    },
  );

  it("calls with labels none: machine keys, still date cells and a frozen, filtered header", async () => {
    const filter = parseCallFilter({ from: f.from, to: f.to, direction: ["from_ab"] });
    const book = await download({ kind: "calls", format: "xlsx", filter, labels: null });
    expect(book.warnings).toEqual([]);
    const [sheet] = book.sheets;
    expect(sheet!.name).toBe("Calls");
    expect(sheet!.freeze).toBe("A2");
    expect(sheet!.rows[0]!.map((c) => c.v)).toEqual([
      "time (Asia/Ho_Chi_Minh)",
      "time_utc",
      "direction",
      "status_detail",
      "class",
      "caller",
      "caller_username",
      "callee",
      "callee_username",
      "did_number",
      "duration_seconds",
      "duration_hms",
      "billing_seconds",
      "billing_hms",
      "wait_seconds",
      "wait_hms",
      "recording",
    ]);
    const rows = tableOf(sheet!);
    expect(rows.length).toBe(f.calls.filter((c) => c.direction === "from_ab").length);
    expect(
      rows.every((r) => r.direction!.v === "from_ab" && r["time (Asia/Ho_Chi_Minh)"]!.t === "datetime"),
    ).toBe(true);
  });

  it("call-backs: times as date-time cells in the zone (empty when none), the age as a duration, frozen, filtered header", async () => {
    const filter = { from: f.from, to: f.to };
    const listed = await worklistOf(f.db, filter);
    expect(listed.length).toBeGreaterThan(0);
    const response = await openCallbackExport(f.context(f.users.supervisor), { format: "xlsx", filter });
    const book = await readXlsx(await bytesOf(response.body));
    await response.done;
    expect(book.warnings).toEqual([]);
    const [sheet] = book.sheets;
    expect(sheet!.freeze).toBe("A2");
    expect(sheet!.filter).toBe(range(sheet!.rows[0]!.length, listed.length));
    expect(sheet!.rows[0]!.every((c) => c.b)).toBe(true);
    const rows = tableOf(sheet!);
    expect(rows.map((r) => r.number!.v)).toEqual(
      listed.map((c) => (c.number.startsWith("+") ? `'${c.number}` : c.number)),
    );
    const date = (at: Date | null) =>
      at === null ? { t: "none" } : { t: "datetime", f: "yyyy-mm-dd hh:mm:ss", v: hcm(at) };
    listed.forEach((c, i) => {
      const row = rows[i]!;
      expect(row.first_missed_utc!.v).toBe(c.firstMissedAt.toISOString());
      expect(row["first_missed (Asia/Ho_Chi_Minh)"]).toMatchObject(date(c.firstMissedAt));
      expect(row["last_missed (Asia/Ho_Chi_Minh)"]).toMatchObject(date(c.lastMissedAt));
      expect(row["first_attempt (Asia/Ho_Chi_Minh)"]).toMatchObject(date(c.firstAttemptAt));
      expect(row["last_attempt (Asia/Ho_Chi_Minh)"]).toMatchObject(date(c.lastAttemptAt));
      expect(row["reached (Asia/Ho_Chi_Minh)"]).toMatchObject(date(c.reachedAt));
      // An open case ages as the clock runs: read a moment after the list.
      expect(row.age_seconds!.t).toBe("number");
      expect(Math.abs((row.age_seconds!.v as number) - c.ageSeconds)).toBeLessThanOrEqual(60);
      expect(row.age_hms).toMatchObject({ t: "timedelta", f: "[h]:mm:ss", v: row.age_seconds!.v });
    });
    // Both kinds seen: cases reached (a time) and cases not yet (an empty cell).
    expect(listed.some((c) => c.reachedAt !== null)).toBe(true);
    expect(listed.some((c) => c.reachedAt === null)).toBe(true);
  });

  it.each(["vi", "en"] as const)(
    "summary in %s: overview sheet (period, filter in words, KPIs as percentages and durations), one table per breakdown",
    async (locale) => {
      const words = PAGE_WORDS[locale];
      const filter = parseCallFilter({ from: f.from, to: f.to, direction: ["to_ab"] });
      const book = await download({ kind: "summary", format: "xlsx", filter, labels: locale });
      const { summary, breakdowns } = await analyzeCalls(f.db, filter);
      expect(book.warnings).toEqual([]);
      expect(book.sheets.map((s) => s.name)).toEqual(words.sheets);

      const [overview, byDid, byAgent, byHour, byStatus] = book.sheets;
      const lines = overview!.rows.map((row) => row.filter((c) => c.t !== "none"));
      const dates = lines.flat().filter((c) => c.t === "datetime");
      expect(dates.map((c) => c.v)).toEqual([hcm(f.from), hcm(f.to)]);
      expect(lines.map((l) => l.map((c) => c.v))).toContainEqual(words.filterLine);
      // KPI rows: group, name, value, machine key.
      const kpi = (key: string): ReadCell[] => lines.find((l) => l[l.length - 1]?.v === key)!;
      expect(kpi("total").find((c) => c.t === "number")!.v).toBe(summary.total);
      const answerRate = kpi("kpis.inbound.answerRate");
      expect(answerRate.map((c) => c.v)).toContain(words.answerRate);
      expect(answerRate.find((c) => c.t === "number")).toMatchObject({
        f: "0.0%",
        v: summary.kpis.inbound.answerRate,
      });
      expect(kpi("kpis.inbound.serviceLevel").find((c) => c.t === "number")).toMatchObject({ f: "0.0%" });
      expect(kpi("kpis.inbound.serviceLevel").map((c) => c.v)).toContain(words.serviceLevel);
      const asa = kpi("kpis.inbound.asaSeconds").find((c) => c.t === "timedelta")!;
      expect(asa.f).toBe("[h]:mm:ss");
      expect(asa.v as number).toBeCloseTo(summary.kpis.inbound.asaSeconds!, 0);

      for (const table of [byDid, byAgent, byHour, byStatus]) {
        expect(table!.freeze).toBe("A2");
        expect(table!.filter).toBe(range(table!.rows[0]!.length, table!.rows.length - 1));
        expect(table!.rows[0]!.every((c) => c.b)).toBe(true);
      }
      const dids = tableOf(byDid!);
      expect(dids.map((r) => r[words.didHeader]!.v)).toEqual(breakdowns.did.map((r) => r.key));
      expect(dids.map((r) => r[words.calls]!.v)).toEqual(breakdowns.did.map((r) => r.calls));
      expect(dids.every((r) => r[words.answerRate]!.f === "0.0%")).toBe(true);
      expect(tableOf(byAgent!)).toHaveLength(breakdowns.agent.length);
      const hours = tableOf(byHour!);
      expect(hours.map((r) => r.hour!.v)).toEqual(Array.from({ length: 24 }, (_, h) => h));
      expect(hours.reduce((n, r) => n + (r[words.calls]!.v as number), 0)).toBe(summary.total);
      const statuses = tableOf(byStatus!);
      expect(statuses.find((r) => r.status_detail!.v === "SUCCESS")![words.status]!.v).toBe(words.answered);
      expect(statuses.find((r) => r.status_detail!.v === "SUCCESS")![words.calls]!.v).toBe(
        summary.byStatus.SUCCESS,
      );
      // The filter selects inbound calls: CANCELLED is named as the pages name it for them.
      expect(statuses.find((r) => r.status_detail!.v === "CANCELLED")![words.status]!.v).toBe(
        words.inboundCancelled,
      );
    },
  );
});
