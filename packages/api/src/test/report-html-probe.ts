import type { RenderReportHtml } from "../reports/report-renderer";

/**
 * The API's tests' report renderer. The real one (the dashboard's print view) sits above this package and is tested
 * there and through `pnpm cli`; this one prints which report, period and total reached it, so a test can tell the
 * sender and the preview passed it the right data.
 */
export const probeReportHtml: RenderReportHtml = (data, opts = {}) =>
  `<!doctype html><html><head><meta charset="utf-8"><style${opts.styleNonce ? ` nonce="${opts.styleNonce}"` : ""}>body{font-family:sans-serif}</style></head>` +
  `<body><h1>${data.title}</h1><p data-testid="probe" data-from="${data.period.from.toISOString()}" data-total="${data.current.summary.total}">` +
  `Total calls ${data.current.summary.total}</p></body></html>`;
