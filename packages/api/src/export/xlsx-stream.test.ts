import ExcelJS from "exceljs";
import { randomBytes } from "node:crypto";
import { PassThrough, Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { type XlsxCell, writeXlsx } from "./xlsx-stream";

function* batches(all: XlsxCell[][], size: number) {
  for (let i = 0; i < all.length; i += size) yield all.slice(i, i + size);
}

describe("writeXlsx", () => {
  it("writes a workbook Excel readers open: bold header, text (Vietnamese, markup) and numbers as they are", async () => {
    const rows: XlsxCell[][] = [
      ["Nguyễn Thị Hạnh", 125, '<b>&"quoted"</b>'],
      ["0903123456", 0, null],
      ["line\nbreak", -3.5, ""],
    ];
    const output = new PassThrough();
    const chunks: Buffer[] = [];
    output.on("data", (chunk: Buffer) => chunks.push(chunk));
    const columns = [{ header: "name" }, { header: "seconds" }, { header: "note" }];
    await writeXlsx(output, { name: "Calls", columns, rows: batches(rows, 2) });
    const bytes = Buffer.concat(chunks);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Calls")!;
    expect(sheet.getRow(1).values).toEqual([undefined, "name", "seconds", "note"]);
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.getRow(2).values).toEqual([undefined, "Nguyễn Thị Hạnh", 125, '<b>&"quoted"</b>']);
    expect(sheet.getRow(3).getCell(1).value).toBe("0903123456");
    expect(sheet.getRow(3).getCell(3).value).toBeNull();
    expect(sheet.getRow(4).values).toEqual([undefined, "line\nbreak", -3.5]);
    expect(sheet.actualRowCount).toBe(4);
  });

  it("reads rows no faster than the output takes the bytes (a stalled reader stops the reading)", async () => {
    let pulled = 0;
    function* endless() {
      for (;;) {
        pulled++;
        yield Array.from({ length: 1000 }, () => [randomBytes(12).toString("hex"), Math.random()]);
      }
    }
    // Takes 64 KB, then never calls back: a browser that stopped reading.
    let taken = 0;
    const stalled = new Writable({
      highWaterMark: 16 * 1024,
      write(chunk: Buffer, _encoding, done) {
        taken += chunk.length;
        if (taken < 64 * 1024) done();
      },
    });
    const columns = [{ header: "text" }, { header: "number" }];
    void writeXlsx(stalled, { name: "Calls", columns, rows: endless() }).catch(() => undefined);
    const pause = () => new Promise((resolve) => setTimeout(resolve, 500));
    let before = -1;
    for (let i = 0; i < 30 && pulled !== before; i++) {
      before = pulled;
      await pause();
    }
    await pause();
    // It stopped, after no more than the streams' buffers hold (here ~125 batches of 1,000 rows, ~9 MB of XML).
    expect(pulled).toBe(before);
    expect(pulled).toBeLessThan(400);
    stalled.destroy();
  });
});
