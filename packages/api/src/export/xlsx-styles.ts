/**
 * The workbook's stylesheet: a default "Normal" style (readers that find none, like openpyxl, warn and apply their
 * own), a bold header, and the number formats of dates, durations and rates. Excel has no time zones: date-time
 * cells hold the wall time of the zone their header names (excel-time.ts).
 */
export type CellFormat = "header" | "datetime" | "duration" | "percent";

const STYLE_IDS: Record<CellFormat, number> = { header: 1, datetime: 2, duration: 3, percent: 4 };

export const styleOf = (format: CellFormat | undefined): number => (format ? STYLE_IDS[format] : 0);

const NUMBER_FORMATS = [
  { id: 164, code: "yyyy-mm-dd hh:mm:ss" },
  { id: 165, code: "[h]:mm:ss" },
  { id: 166, code: "0.0%" },
];

const XF = (numFmtId: number, fontId = 0) =>
  `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="0" borderId="0" xfId="0"${numFmtId ? ' applyNumberFormat="1"' : ""}${fontId ? ' applyFont="1"' : ""}/>`;

export const STYLES_XML =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
  `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
  `<numFmts count="${NUMBER_FORMATS.length}">${NUMBER_FORMATS.map((f) => `<numFmt numFmtId="${f.id}" formatCode="${f.code}"/>`).join("")}</numFmts>` +
  `<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>` +
  `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
  `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
  `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
  // In STYLE_IDS order: default, header, datetime, duration, percent.
  `<cellXfs count="5">${XF(0)}${XF(0, 1)}${XF(164)}${XF(165)}${XF(166)}</cellXfs>` +
  `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
  `</styleSheet>`;
