import { format as csvFormat } from "@fast-csv/format";
import type { Writable } from "node:stream";

/**
 * A CSV formatter piped into `output`, the BOM (so Excel reads UTF-8 Vietnamese names) and the header row already
 * on their way: written here, not by fast-csv, which writes both only with the first row, so an empty export would
 * have neither.
 */
export function pipeCsv(output: Writable, headers: readonly string[]) {
  output.write("\uFEFF");
  const csv = csvFormat({ headers: [...headers], alwaysWriteHeaders: true });
  csv.pipe(output);
  return csv;
}
