import archiver from "archiver";
import { once } from "node:events";
import { Readable, type Writable } from "node:stream";
import type { SheetCell } from "./spreadsheet-cell";
import { STYLES_XML, styleOf, type CellFormat } from "./xlsx-styles";

export type { CellFormat } from "./xlsx-styles";

/** A cell: text, a number, empty, or a value with its own format (a sheet whose rows differ, like an overview). */
export type XlsxCell = SheetCell;

/** A column of a sheet: its header and how its numbers show (a date-time, a duration, a percentage). */
export interface XlsxColumn {
  header: string;
  format?: CellFormat;
}

/** One sheet of a workbook: its rows are pulled only as the zip takes them. */
export interface XlsxSheet {
  name: string;
  columns: readonly XlsxColumn[];
  rows: AsyncIterable<readonly (readonly XlsxCell[])[]> | Iterable<readonly (readonly XlsxCell[])[]>;
  /** A table (the default): the header row frozen and an autofilter over it. Otherwise free-form rows, no header. */
  table?: boolean;
}

/**
 * Writes an XLSX workbook to `output`, pulling each sheet's rows only as fast as the zip compresses them and
 * `output` takes them: memory stays flat for any number of rows, and a slow reader slows the reading down instead
 * of piling rows up in memory (ExcelJS's streaming writer pushes rows into its zip without waiting, so its memory
 * grew with the export). Text is stored inline (no shared-strings table to hold); tables get a bold frozen header,
 * an autofilter, and column widths fitted to the header and the first batch of rows.
 */
export async function writeWorkbook(
  output: Writable,
  sheets: readonly XlsxSheet[],
  signal?: AbortSignal,
): Promise<void> {
  signal?.throwIfAborted();
  const zip = archiver("zip", { zlib: { level: 6 } });
  // Settles with the first failure: the zip's, the rows' (a query that fails), or an abort (the reader went away).
  let fail: (error: Error) => void = () => undefined;
  const failed = new Promise<never>((_, reject) => (fail = reject));
  failed.catch(() => undefined);
  zip.once("error", (error: Error) => fail(error));
  const onAbort = () =>
    fail(signal?.reason instanceof Error ? signal.reason : new Error("the export was aborted"));
  signal?.addEventListener("abort", onAbort, { once: true });
  const names = sheetNames(sheets.map((s) => s.name));
  const streams = sheets.map((sheet) => {
    // One batch ahead at most: Readable.from's default (16 objects) held 16 batches of rows as XML (tens of MB
    // each at 5000 rows) waiting for the zip, which made the heap's peaks swing by a hundred MiB during an export.
    const stream = Readable.from(sheetXml(sheet), { highWaterMark: 1 });
    stream.once("error", (error: Error) => fail(error));
    return stream;
  });
  zip.pipe(output);
  for (const [name, xml] of Object.entries(packageParts(names))) zip.append(xml, { name });
  // archiver reads its entries one after the other: sheet 2's rows are not read before sheet 1 is written.
  streams.forEach((stream, i) => zip.append(stream, { name: `xl/worksheets/sheet${i + 1}.xml` }));
  // Every byte handed on to `output` (which the pipe ends).
  const ended = once(zip, "end");
  ended.catch(() => undefined);
  const finalized = zip.finalize();
  finalized.catch(() => undefined);
  try {
    await Promise.race([Promise.all([finalized, ended]), failed]);
  } catch (error) {
    // Stop reading rows (the generators' finally blocks run) and stop the zip; `output` is the caller's to close.
    for (const stream of streams) stream.destroy();
    zip.unpipe(output);
    zip.abort();
    throw error;
  } finally {
    signal?.removeEventListener("abort", onAbort);
  }
}

/** A one-sheet table workbook. */
export function writeXlsx(output: Writable, sheet: XlsxSheet, signal?: AbortSignal): Promise<void> {
  return writeWorkbook(output, [sheet], signal);
}

/** Rows per string handed to the zip. */
const ROWS_PER_CHUNK = 1_000;

async function* sheetXml(sheet: XlsxSheet): AsyncGenerator<string> {
  const table = sheet.table ?? true;
  const styles = sheet.columns.map((c) => styleOf(c.format));
  const iterator =
    Symbol.asyncIterator in sheet.rows ? sheet.rows[Symbol.asyncIterator]() : sheet.rows[Symbol.iterator]();
  // The first batch is read before the sheet starts: the column widths (written first) are fitted to it.
  const first = await iterator.next();
  const sample = first.done ? [] : first.value;
  const widths = sheet.columns.map((column, c) =>
    Math.min(
      60,
      Math.max(
        table ? column.header.length + 2 : 8,
        ...sample.slice(0, 500).map((row) => widthOf(row[c], column.format)),
      ),
    ),
  );
  const cols = `<cols>${widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join("")}</cols>`;
  const view = table
    ? `<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>`
    : `<sheetViews><sheetView workbookViewId="0"/></sheetViews>`;
  yield `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}">${view}${cols}<sheetData>`;
  let r = 0;
  if (table)
    yield rowXml(
      ++r,
      sheet.columns.map((c) => c.header),
      sheet.columns.map(() => styleOf("header")),
    );
  const batchXml = (batch: readonly (readonly XlsxCell[])[]) =>
    batch.map((cells) => rowXml(++r, cells, styles)).join("");
  // One string per ROWS_PER_CHUNK rows: few chunks keep the zip's per-chunk cost low, and small ones keep what
  // waits for the zip small (a 5,000-row batch of calls is about 10 MB of XML).
  function* chunks(batch: readonly (readonly XlsxCell[])[]) {
    for (let i = 0; i < batch.length; i += ROWS_PER_CHUNK) yield batchXml(batch.slice(i, i + ROWS_PER_CHUNK));
  }
  if (!first.done) yield* chunks(first.value);
  for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield* chunks(next.value);
  const filter = table
    ? `<autoFilter ref="A1:${columnName(Math.max(0, sheet.columns.length - 1))}${Math.max(r, 1)}"/>`
    : "";
  yield `</sheetData>${filter}</worksheet>`;
}

/** How many characters a cell shows (dates and durations by their format's width). */
function widthOf(cell: XlsxCell | undefined, format: CellFormat | undefined): number {
  const value = cell !== null && typeof cell === "object" ? cell.value : cell;
  const shown = cell !== null && typeof cell === "object" ? cell.format : format;
  if (value === null || value === undefined || value === "") return 0;
  if (shown === "datetime") return 20;
  if (shown === "duration") return 10;
  if (shown === "percent") return 9;
  // The longest line of a text, plus room for the filter button.
  return (
    Math.max(
      ...String(value)
        .split("\n")
        .map((line) => line.length),
    ) + 2
  );
}

function rowXml(r: number, cells: readonly XlsxCell[], styles: readonly number[]): string {
  const xml = cells.map((cell, c) => {
    if (cell === null || cell === "") return "";
    const ref = `${columnName(c)}${r}`;
    const [value, style] =
      typeof cell === "object" ? [cell.value, styleOf(cell.format)] : [cell, styles[c] ?? 0];
    const s = style ? ` s="${style}"` : "";
    if (typeof value === "number")
      return Number.isFinite(value) ? `<c r="${ref}"${s}><v>${value}</v></c>` : "";
    return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeXml(value)}</t></is></c>`;
  });
  return `<row r="${r}">${xml.join("")}</row>`;
}

/** 0 → A, 25 → Z, 26 → AA. */
function columnName(index: number): string {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** Sheet names as Excel takes them: at most 31 characters, none of : \ / ? * [ ], and no two alike. */
function sheetNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((name, i) => {
    let clean =
      name
        .replace(/[:\\/?*[\]]/g, " ")
        .trim()
        .slice(0, 31) || `Sheet${i + 1}`;
    if (taken.has(clean.toLowerCase())) clean = `${clean.slice(0, 27)} (${i + 1})`;
    taken.add(clean.toLowerCase());
    return clean;
  });
}

/** XML text: markup characters escaped, and characters XML 1.0 cannot hold dropped. */
function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "")
    .replace(/[&<>"]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&quot;"));
}

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const SHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

/** Everything of the package but the sheets: content types, relationships, the workbook, the styles. */
function packageParts(names: readonly string[]): Record<string, string> {
  const sheetTypes = names.map(
    (_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${SHEET_TYPE}"/>`,
  );
  const sheets = names.map(
    (name, i) => `<sheet name="${escapeXml(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`,
  );
  const sheetRels = names.map(
    (_, i) =>
      `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  );
  const stylesId = `rId${names.length + 1}`;
  return {
    "[Content_Types].xml": `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheetTypes.join("")}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
    "_rels/.rels": `${XML}<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml": `${XML}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets>${sheets.join("")}</sheets></workbook>`,
    "xl/_rels/workbook.xml.rels": `${XML}<Relationships xmlns="${PKG_REL_NS}">${sheetRels.join("")}<Relationship Id="${stylesId}" Type="${REL_NS}/styles" Target="styles.xml"/></Relationships>`,
    "xl/styles.xml": STYLES_XML,
  };
}
