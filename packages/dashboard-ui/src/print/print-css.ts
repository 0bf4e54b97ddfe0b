/**
 * The report's print stylesheet: A4 with margins (the page numbers go in the bottom margin, printed by Chromium's
 * footer), black text, and chart tones that part in grey-scale: solid dark, hatched, mid grey, dotted, light.
 */
export const PRINT_CSS = `
@page { size: A4; margin: 14mm 12mm 16mm 12mm; }
* { box-sizing: border-box; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-family: "DejaVu Sans", "Noto Sans", Arial, sans-serif; font-size: 9.5pt; color: #000; margin: 0; }
h1 { font-size: 15pt; margin: 0 0 4pt; }
h2 { font-size: 11pt; margin: 12pt 0 5pt; }
p { margin: 2pt 0; }
.print-defs { position: absolute; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
.incomplete { border: 2px solid #000; padding: 4pt; font-weight: bold; }
.total { margin: 8pt 0; font-size: 11pt; }
.total-value { font-size: 18pt; font-weight: bold; }
.total-previous { color: #333; }
.kpiGroups { display: grid; gap: 6pt; }
.kpiGroup { break-inside: avoid; }
.kpiGroupTitle { font-size: 10pt; margin: 6pt 0 3pt; border-bottom: 1px solid #000; }
.kpis { list-style: none; margin: 0; padding: 0; display: grid; grid-template-columns: repeat(3, 1fr); gap: 5pt; }
.kpi { border: 1px solid #555; padding: 4pt 5pt; break-inside: avoid; }
.kpi dl { margin: 0; }
.kpi dt { font-size: 8pt; color: #222; }
.kpi dd { margin: 0; font-size: 14pt; font-weight: bold; }
.kpi .delta, .kpi .standing { font-size: 7.5pt; margin: 1pt 0 0; color: #222; }
.kpi .standing[data-standing="below"] { font-weight: bold; }
.charts { display: grid; grid-template-columns: 1fr 1fr; gap: 8pt; margin-top: 10pt; }
.card { border: 1px solid #888; padding: 5pt; break-inside: avoid; }
.card.wide { grid-column: 1 / -1; }
.cardHeader { display: flex; justify-content: space-between; align-items: baseline; }
.cardHeader h2 { font-size: 10pt; margin: 0 0 4pt; }
.detail { font-size: 8pt; color: #333; }
.note, .placeholder { font-size: 8pt; color: #333; }
.split { display: flex; gap: 8pt; align-items: center; }
.values { list-style: none; margin: 0; padding: 0; font-size: 8.5pt; flex: 1; }
.values li > span { display: grid; grid-template-columns: 10pt 1fr auto auto; gap: 4pt; align-items: center; }
.valueNumber { font-weight: bold; text-align: right; }
.valueShare { color: #333; text-align: right; min-width: 32pt; }
.legend { list-style: none; padding: 0; margin: 4pt 0 0; display: flex; flex-wrap: wrap; gap: 2pt 10pt; font-size: 8pt; }
.swatch { display: inline-block; width: 9pt; height: 9pt; border: 1px solid #000; margin-right: 3pt; vertical-align: middle; }
.print-chart { display: block; overflow: visible; }
.print-chart-label { font-size: 8px; fill: #000; }
.print-chart-label.small { font-size: 7px; }
.print-axis { stroke: #000; }
.print-chart rect, .print-chart path { stroke: #000; stroke-width: 0.6; }
.tone-1 { fill: #1a1a1a; background: #1a1a1a; }
.tone-2 { fill: url(#print-hatch); background: repeating-linear-gradient(45deg, #000 0 1.5px, #fff 1.5px 4px); }
.tone-3 { fill: #8c8c8c; background: #8c8c8c; }
.tone-4 { fill: url(#print-dots); background: radial-gradient(#000 30%, #fff 35%) 0 0 / 4px 4px; }
.tone-5 { fill: #e0e0e0; background: #e0e0e0; }
.table-section { break-inside: auto; }
.table { width: 100%; border-collapse: collapse; font-size: 8pt; }
.table th, .table td { border: 1px solid #777; padding: 2pt 4pt; }
.table thead { display: table-header-group; }
.table tr { break-inside: avoid; }
.table thead th { background: #e6e6e6; font-weight: bold; }
.table tfoot th, .table tfoot td { font-weight: bold; border-top: 2px solid #000; }
.name { text-align: left; }
.number { text-align: right; white-space: nowrap; }
`;
