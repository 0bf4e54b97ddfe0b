import { execFile, spawnSync } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { readXlsxTestEnv } from "./env";

/** A cell as openpyxl reads it: its Python type, its value (ISO text for a date-time, seconds for a duration). */
export interface ReadCell {
  t: "none" | "datetime" | "timedelta" | "bool" | "number" | "str";
  v: string | number | boolean | null;
  /** Its number format ("General", "yyyy-mm-dd hh:mm:ss", "[h]:mm:ss", "0.0%"). */
  f: string;
  /** Bold. */
  b: boolean;
}

export interface ReadSheet {
  name: string;
  /** The top-left unfrozen cell ("A2": the header row is frozen), or null. */
  freeze: string | null;
  /** The autofilter's range, or null. */
  filter: string | null;
  widths: Record<string, number>;
  rows: ReadCell[][];
}

export interface ReadWorkbook {
  /** What openpyxl warned about while loading (e.g. "Workbook contains no default style"). */
  warnings: string[];
  sheets: ReadSheet[];
}

const SCRIPT = fileURLToPath(new URL("./read_xlsx.py", import.meta.url));

/**
 * Whether openpyxl can be run here (Debian: `apt-get install python3-openpyxl`). Like the PostgreSQL tests: under
 * CI=true a missing reader is an error, locally a warning and the reading tests are skipped.
 */
export function openpyxlAvailable(): boolean {
  const { python, ci } = readXlsxTestEnv();
  if (spawnSync(python, ["-c", "import openpyxl"], { stdio: "ignore" }).status === 0) return true;
  const missing = `openpyxl not found for ${python}: apt-get install -y python3-openpyxl (or set PYTHON)`;
  if (ci) throw new Error(missing);
  console.warn(`${missing}; the XLSX read-back tests are skipped`);
  return false;
}

/**
 * Reads an XLSX file (a path, or its bytes) with Python's openpyxl: tests check the exports with a reader that is
 * not their writer, the way a spreadsheet application would open them.
 */
export async function readXlsx(file: string | Buffer): Promise<ReadWorkbook> {
  let path = typeof file === "string" ? file : "";
  const dir = typeof file === "string" ? null : await mkdtemp(join(tmpdir(), "read-xlsx-"));
  try {
    if (dir) await writeFile((path = join(dir, "book.xlsx")), file);
    const { stdout } = await promisify(execFile)(readXlsxTestEnv().python, [SCRIPT, path], {
      maxBuffer: 512 * 1024 * 1024,
    });
    return JSON.parse(stdout) as ReadWorkbook;
  } finally {
    if (dir) await rm(dir, { recursive: true, force: true });
  }
}

/** A sheet's rows as objects keyed by the header row's text. */
export function tableOf(sheet: ReadSheet): Array<Record<string, ReadCell>> {
  const [header, ...rows] = sheet.rows;
  const keys = (header ?? []).map((c) => String(c.v ?? ""));
  return rows.map((row) => Object.fromEntries(keys.map((key, i) => [key, row[i]!])));
}
