import ExcelJS from "exceljs";
import { testDatabaseModes } from "@antdash/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseCallFilter } from "../calls/call-filter";
import { type ApiFixture, openApiFixture } from "../test/api-fixture";
import { bytesOf } from "../test/read-body";
import { type ExportRequest, openExport } from "./open-export";

/** Whether `promise` settled within `ms`: a download's end must never wait for a reader that left. */
async function settlesWithin(
  promise: Promise<unknown>,
  ms: number,
): Promise<"resolved" | "rejected" | "pending"> {
  let timer: NodeJS.Timeout | undefined;
  const pending = new Promise<"pending">((resolve) => (timer = setTimeout(() => resolve("pending"), ms)));
  const outcome = await Promise.race([
    promise.then(
      () => "resolved" as const,
      () => "rejected" as const,
    ),
    pending,
  ]);
  clearTimeout(timer);
  return outcome;
}

describe.each(testDatabaseModes())("exports that cannot hurt on %s", (mode) => {
  let f: ApiFixture;
  let request: (
    kind: ExportRequest["kind"],
    format: ExportRequest["format"],
    filter?: ExportRequest["filter"],
  ) => ExportRequest;

  beforeAll(async () => {
    f = await openApiFixture(mode, { historyDays: 8, callsPerDay: 300 });
    request = (kind, format, filter = parseCallFilter({ from: f.from, to: f.to })) => ({
      kind,
      format,
      filter,
    });
  });
  afterAll(() => f.close());

  it("neutralizes cells a spreadsheet would run as formulas, in CSV and XLSX, keeping numbers numeric", async () => {
    const { rows } = await f.db.pool.query<{ id: string }>(
      `UPDATE calls SET caller_username = '=HYPERLINK("http://evil.example","x")', callee_username = '@SUM(A1)',
              caller_number = '+84901234567', did_number = '-1+2'
        WHERE id = (SELECT id FROM calls ORDER BY started_at DESC, seq DESC LIMIT 1) RETURNING id`,
    );
    expect(rows).toHaveLength(1);
    const csv = (
      await bytesOf((await openExport(f.context(f.users.supervisor), request("calls", "csv"))).body)
    ).toString("utf8");
    const first = csv.split("\n")[1]!;
    expect(first).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    expect(first).toContain("'@SUM(A1)");
    expect(first).toContain("'+84901234567");
    expect(first).toContain("'-1+2");

    const xlsx = await openExport(f.context(f.users.supervisor), {
      ...request("calls", "xlsx"),
      labels: null,
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await bytesOf(xlsx.body)) as unknown as ArrayBuffer);
    const row = workbook.getWorksheet("Calls")!.getRow(2);
    const header = workbook.getWorksheet("Calls")!.getRow(1).values as unknown[];
    const cell = (name: string) => row.getCell(header.indexOf(name)).value;
    expect(cell("caller_username")).toBe(`'=HYPERLINK("http://evil.example","x")`);
    expect(cell("callee_username")).toBe("'@SUM(A1)");
    expect(cell("caller")).toBe("'+84901234567");
    expect(typeof cell("duration_seconds")).toBe("number");
  });

  it("writes the BOM and the header row of an empty export", async () => {
    const nothing = parseCallFilter({
      from: new Date("2001-01-01T00:00:00Z"),
      to: new Date("2001-01-02T00:00:00Z"),
    });
    const csvOf = async (kind: ExportRequest["kind"]) =>
      (
        await bytesOf((await openExport(f.context(f.users.supervisor), request(kind, "csv", nothing))).body)
      ).toString("utf8");
    const calls = await csvOf("calls");
    expect(calls.startsWith("\uFEFFtime (Asia/Ho_Chi_Minh),time_utc,direction")).toBe(true);
    expect(calls.trim().split("\n")).toHaveLength(1);
    expect((await csvOf("summary")).startsWith("\uFEFFmetric,value\n")).toBe(true);
  });

  it.each(["csv", "xlsx"] as const)(
    "ends an abandoned %s download (reader gone mid-stream), then a full one works",
    async (format) => {
      const download = await openExport(f.context(f.users.supervisor), request("calls", format));
      const reader = download.body.getReader();
      const first = await reader.read();
      expect(first.done).toBe(false);
      await reader.cancel();
      expect(await settlesWithin(download.done, 10_000)).toBe("rejected");

      const full = await openExport(f.context(f.users.supervisor), request("calls", format));
      const bytes = await bytesOf(full.body);
      expect((await full.done).rows).toBe(f.calls.length);
      expect(bytes.length).toBeGreaterThan(100_000);
    },
  );

  it.each(["csv", "xlsx"] as const)(
    "settles a %s export whose query fails, without an uncaught error",
    async (format) => {
      await f.db.pool.query("ALTER TABLE calls RENAME TO calls_away");
      try {
        const download = await openExport(f.context(f.users.supervisor), request("calls", format));
        const body = bytesOf(download.body).then(
          () => "complete",
          () => "cut short",
        );
        expect(await settlesWithin(download.done, 10_000)).toBe("rejected");
        expect(await body).toBe("cut short");
      } finally {
        await f.db.pool.query("ALTER TABLE calls_away RENAME TO calls");
      }
      const full = await openExport(f.context(f.users.supervisor), request("calls", format));
      await bytesOf(full.body);
      expect((await full.done).rows).toBe(f.calls.length);
    },
  );
});
