/** A value bound for a CSV or XLSX cell. */
export type SheetCell = string | number | null;

/** What a spreadsheet may read as the start of a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell a spreadsheet could run as a formula (a caller name "=HYPERLINK(…)", a number label "+84…") gets a
 * leading single quote, as OWASP advises, so it shows as text. Numbers stay numbers.
 */
export function neutralizeFormula(value: SheetCell): SheetCell {
  return typeof value === "string" && FORMULA_START.test(value) ? `'${value}` : value;
}

export function neutralizeRow(cells: readonly SheetCell[]): SheetCell[] {
  return cells.map(neutralizeFormula);
}
