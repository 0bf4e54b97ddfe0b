import archiver from "archiver";
import { once } from "node:events";
import { Readable, type Writable } from "node:stream";

/** A cell: text, a number, or empty. */
export type XlsxCell = string | number | null;

/**
 * Writes a one-sheet XLSX workbook to `output`, pulling the rows from `rows` only as fast as the zip compresses them
 * and `output` takes them: memory stays flat for any number of rows, and a slow reader slows the reading down
 * instead of piling rows up in memory (ExcelJS's streaming writer pushes rows into its zip without waiting, so its
 * memory grew with the export). The header row is bold; text is stored inline (no shared-strings table to hold).
 */
export async function writeXlsx(
  output: Writable,
  sheetName: string,
  header: readonly string[],
  rows: AsyncIterable<readonly XlsxCell[][]>,
  widths: readonly number[] = [],
  signal?: AbortSignal,
): Promise<void> {
  signal?.throwIfAborted();
  const zip = archiver("zip", { zlib: { level: 6 } });
  // Settles with the first failure: the zip's, the rows' (a query that fails), or an abort (the reader went away).
  let fail: (error: Error) => void = () => undefined;
  const failed = new Promise<never>((_, reject) => (fail = reject));
  failed.catch(() => undefined);
  zip.once("error", (error: Error) => fail(error));
  const onAbort = () => fail(signal?.reason instanceof Error ? signal.reason : new Error("the export was aborted"));
  signal?.addEventListener("abort", onAbort, { once: true });
  const sheet = Readable.from(sheetXml(header, rows, widths));
  sheet.once("error", (error: Error) => fail(error));
  zip.pipe(output);
  for (const [name, xml] of Object.entries(packageParts(sheetName))) zip.append(xml, { name });
  zip.append(sheet, { name: "xl/worksheets/sheet1.xml" });
  // Every byte handed on to `output` (which the pipe ends).
  const ended = once(zip, "end");
  ended.catch(() => undefined);
  const finalized = zip.finalize();
  finalized.catch(() => undefined);
  try {
    await Promise.race([Promise.all([finalized, ended]), failed]);
  } catch (error) {
    // Stop reading rows (the generator's finally blocks run) and stop the zip; `output` is the caller's to close.
    sheet.destroy();
    zip.unpipe(output);
    zip.abort();
    throw error;
  } finally {
    signal?.removeEventListener("abort", onAbort);
  }
}

async function* sheetXml(
  header: readonly string[],
  rows: AsyncIterable<readonly XlsxCell[][]>,
  widths: readonly number[],
): AsyncGenerator<string> {
  const cols = widths.length
    ? `<cols>${widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join("")}</cols>`
    : "";
  yield `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}">${cols}<sheetData>`;
  yield rowXml(1, header, 1);
  let r = 1;
  for await (const batch of rows) {
    // One string per batch: few, large chunks keep the zip's per-chunk cost low.
    yield batch.map((cells) => rowXml(++r, cells, 0)).join("");
  }
  yield "</sheetData></worksheet>";
}

function rowXml(r: number, cells: readonly XlsxCell[], style: number): string {
  const s = style ? ` s="${style}"` : "";
  const xml = cells.map((value, c) => {
    const ref = `${columnName(c)}${r}`;
    if (value === null || value === "") return "";
    if (typeof value === "number") return `<c r="${ref}"${s}><v>${value}</v></c>`;
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

/** Everything of the package but the sheet: content types, relationships, the workbook, a bold style (s="1"). */
function packageParts(sheetName: string): Record<string, string> {
  return {
    "[Content_Types].xml": `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
    "_rels/.rels": `${XML}<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml": `${XML}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets><sheet name="${escapeXml(sheetName)}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    "xl/_rels/workbook.xml.rels": `${XML}<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL_NS}/styles" Target="styles.xml"/></Relationships>`,
    "xl/styles.xml": `${XML}<styleSheet xmlns="${MAIN_NS}"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs></styleSheet>`,
  };
}
