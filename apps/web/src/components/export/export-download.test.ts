import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { downloadExport, ExportFailedError, exportUrl, fileNameOf, formatBytes } from "./export-download";

// A stand-in for the export route on loopback: a CSV streamed in pieces with no length, a refusal, a stream that
// never ends (to cancel).
let server: Server;
let base = "";
const CSV_ROWS = 250;
const csv = `\ufefftime,direction\n${Array.from({ length: CSV_ROWS }, (_, i) => `2026-11-0${(i % 9) + 1},to_ab`).join("\n")}`;
let endlessClosed: Promise<void>;

beforeAll(async () => {
  let closed: () => void = () => undefined;
  endlessClosed = new Promise((resolve) => (closed = resolve));
  server = createServer((request, response) => {
    if (request.url?.startsWith("/csv")) {
      response.writeHead(200, {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": 'attachment; filename="calls-20261101-20261107.csv"',
      });
      const bytes = Buffer.from(csv);
      let offset = 0;
      const pump = () => {
        if (offset >= bytes.length) return response.end();
        response.write(bytes.subarray(offset, offset + 997));
        offset += 997;
        setImmediate(pump);
      };
      pump();
    } else if (request.url?.startsWith("/forbidden")) {
      response.writeHead(403, { "content-type": "application/json" });
      response.end(JSON.stringify({ error: "FORBIDDEN", message: "This needs the supervisor role." }));
    } else {
      response.writeHead(200, { "content-type": "application/octet-stream" });
      response.write(Buffer.alloc(4096));
      response.on("close", closed);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("downloadExport", () => {
  it("reports growing progress and returns the whole file with its name and row count", async () => {
    const seen: number[] = [];
    const file = await downloadExport(`${base}/csv`, "csv", { onProgress: (p) => seen.push(p.rows ?? -1) });
    expect(file.fileName).toBe("calls-20261101-20261107.csv");
    expect(file.rows).toBe(CSV_ROWS);
    expect(await file.blob.text()).toBe(csv.slice(1)); // Blob.text() drops the BOM, as a UTF-8 decoder does
    expect(file.blob.size).toBe(Buffer.byteLength(csv));
    expect(seen.length).toBeGreaterThan(3);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.at(-1)).toBe(CSV_ROWS);
  });

  it("turns a refusal into ExportFailedError with the route's message", async () => {
    const failure = downloadExport(`${base}/forbidden`, "xlsx");
    await expect(failure).rejects.toBeInstanceOf(ExportFailedError);
    await expect(failure).rejects.toMatchObject({ status: 403, message: "This needs the supervisor role." });
  });

  it("stops when cancelled and drops the request", async () => {
    const abort = new AbortController();
    const download = downloadExport(`${base}/endless`, "xlsx", {
      signal: abort.signal,
      onProgress: (p) => {
        expect(p.rows).toBeNull();
        abort.abort();
      },
    });
    await expect(download).rejects.toMatchObject({ name: "AbortError" });
    await endlessClosed;
  });
});

describe("export helpers", () => {
  it("builds the route URL from the table's exact filter", () => {
    const url = exportUrl("xlsx", {
      from: "2026-11-01T00:00:00.000Z",
      to: "2026-11-07T23:59:59.999Z",
      status: ["BUSY", "SUCCESS"],
      hasRecording: true,
    });
    expect(url).toBe(
      "/api/export/calls?format=xlsx&from=2026-11-01T00%3A00%3A00.000Z&to=2026-11-07T23%3A59%3A59.999Z" +
        "&status=BUSY&status=SUCCESS&hasRecording=true",
    );
  });

  it("reads file names and sizes", () => {
    expect(fileNameOf('attachment; filename="a b.xlsx"')).toBe("a b.xlsx");
    expect(fileNameOf("attachment; filename=x.csv")).toBe("x.csv");
    expect(fileNameOf(null)).toBeNull();
    expect(formatBytes(512, "en-US")).toBe("512 B");
    expect(formatBytes(1536, "en-US")).toBe("1.5 KB");
    expect(formatBytes(5 * 1024 * 1024, "vi-VN")).toBe("5 MB");
  });
});
