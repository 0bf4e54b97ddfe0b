import type { CellFormat } from "./xlsx-styles";

/** A value bound for a CSV or XLSX cell; an XLSX cell may carry its own number format (CSV writes the value). */
export type SheetCell = string | number | null | { value: string | number; format: CellFormat };

/** What a spreadsheet may read as the start of a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

const neutralizeText = (value: string | number) =>
  typeof value === "string" && FORMULA_START.test(value) ? `'${value}` : value;

/**
 * A text cell a spreadsheet could run as a formula (a caller name "=HYPERLINK(…)", a number label "+84…") gets a
 * leading single quote, as OWASP advises, so it shows as text. Numbers stay numbers.
 */
function neutralizeFormula(cell: SheetCell): SheetCell {
  if (cell === null) return cell;
  if (typeof cell === "object") return { value: neutralizeText(cell.value), format: cell.format };
  return neutralizeText(cell);
}

export function neutralizeRow(cells: readonly SheetCell[]): SheetCell[] {
  return cells.map(neutralizeFormula);
}

/** A cell as CSV writes it: its value, whatever its XLSX format. */
export const csvValue = (cell: SheetCell): string | number | null =>
  cell !== null && typeof cell === "object" ? cell.value : cell;
