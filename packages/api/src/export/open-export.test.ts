import ExcelJS from "exceljs";
import { testDatabaseModes } from "@antdash/db/testing";
import { describe, expect, it } from "vitest";
import { summarizeCalls } from "../analytics/summary";
import { parseCallFilter } from "../calls/call-filter";
import { AccessDeniedError } from "../errors";
import { bytesOf } from "../test/read-body";
import { useApiFixture } from "../test/use-api-fixture";
import { worklistOf } from "../test/export-worklist";
import { openCallbackExport, openExport } from "./open-export";

describe.each(testDatabaseModes())("openExport on %s", (mode) => {
  const f = useApiFixture(mode, { historyDays: 6 });

  it("streams the filtered calls as CSV with a BOM and audits the export with its filter", async () => {
    const filter = parseCallFilter({ from: f.from, to: f.to, direction: ["to_ab"] });
    const response = await openExport(f.context(f.users.supervisor), {
      kind: "calls",
      format: "csv",
      filter,
    });
    expect(response.headers["Content-Type"]).toBe("text/csv; charset=utf-8");
    expect(response.headers["Content-Disposition"]).toMatch(
      /^attachment; filename="calls-\d{8}-\d{8}\.csv"$/,
    );
    const text = (await bytesOf(response.body)).toString("utf8");
    const { rows } = await response.done;
    expect(text.startsWith("\uFEFF")).toBe(true);
    const expected = f.calls.filter((c) => c.direction === "to_ab").length;
    expect(rows).toBe(expected);
    expect(text.trim().split("\n")).toHaveLength(expected + 1);

    const [event] = await f.db.prisma.auditEvent.findMany({
      where: { action: "export" },
      orderBy: { at: "desc" },
      take: 1,
    });
    expect(event).toMatchObject({ userId: f.users.supervisor.id });
    expect(event!.detail).toMatchObject({
      kind: "calls",
      format: "csv",
      filter: { direction: ["to_ab"], from: f.from.toISOString() },
    });
  });

  it("exports the call-back worklist as CSV and XLSX: every case of the filter, audited as kind callbacks", async () => {
    const filter = { from: f.from, to: f.to, status: ["open" as const] };
    const listed = await worklistOf(f.db, filter);
    expect(listed.length).toBeGreaterThan(0);
    const csv = await openCallbackExport(f.context(f.users.supervisor), { format: "csv", filter });
    expect(csv.headers["Content-Disposition"]).toMatch(/^attachment; filename="callbacks-\d{8}-\d{8}\.csv"$/);
    const lines = (await bytesOf(csv.body)).toString("utf8").trim().split("\n");
    // E.164 numbers start with "+", which a spreadsheet reads as a formula: neutralized with a quote like any other.
    expect(lines.slice(1).map((line) => line.split(",")[0]!.replace(/"/g, ""))).toEqual(
      listed.map((c) => (c.number.startsWith("+") ? `'${c.number}` : c.number)),
    );
    expect((await csv.done).rows).toBe(listed.length);
    const xlsx = await openCallbackExport(f.context(f.users.admin), { format: "xlsx", filter });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await bytesOf(xlsx.body)) as unknown as ArrayBuffer);
    expect(workbook.getWorksheet("Call-backs")!.actualRowCount - 1).toBe(listed.length);
    const [event] = await f.db.prisma.auditEvent.findMany({
      where: { action: "export" },
      orderBy: { at: "desc" },
      take: 1,
    });
    expect(event!.detail).toMatchObject({ kind: "callbacks", format: "xlsx", filter: { status: ["open"] } });
    await expect(
      openCallbackExport(f.context(f.users.viewer), { format: "csv", filter }),
    ).rejects.toBeInstanceOf(AccessDeniedError);
  });

  it("exports the summary as the same numbers as summarizeCalls: machine rows in CSV, a workbook in XLSX", async () => {
    const filter = parseCallFilter({ from: f.from, to: f.to });
    const summary = await summarizeCalls(f.db, filter);
    expect(summary.total).toBe(f.calls.length);
    const csv = await openExport(f.context(f.users.admin), { kind: "summary", format: "csv", filter });
    const values = new Map(
      (await bytesOf(csv.body))
        .toString("utf8")
        .trim()
        .split("\n")
        .slice(1)
        .map((line) => line.split(",") as [string, string]),
    );
    expect(Number(values.get("total"))).toBe(summary.total);
    expect(Number(values.get("byStatus.SUCCESS"))).toBe(summary.byStatus.SUCCESS);
    expect(Number(values.get("answerRate"))).toBe(summary.answerRate);

    // The admin's language (English here) names the sheets; xlsx-readback.test.ts reads them cell by cell.
    const admin = { ...f.users.admin, locale: "en" as const };
    const xlsx = await openExport(f.context(admin), { kind: "summary", format: "xlsx", filter });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await bytesOf(xlsx.body)) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      "Overview",
      "By DID",
      "By agent",
      "By hour",
      "By status",
    ]);
    let total: unknown;
    workbook.getWorksheet("Overview")!.eachRow((row) => {
      if (row.getCell(4).value === "total") total = row.getCell(3).value;
    });
    expect(total).toBe(summary.total);
  });

  it("is for supervisors and admins only", async () => {
    const filter = parseCallFilter({ from: f.from, to: f.to });
    await expect(
      openExport(f.context(f.users.viewer), { kind: "calls", format: "csv", filter }),
    ).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(
      openExport(f.context(null), { kind: "summary", format: "csv", filter }),
    ).rejects.toMatchObject({
      reason: "unauthenticated",
    });
  });
});
