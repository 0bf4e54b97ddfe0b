import type { ReportData } from "./report-data";

/**
 * Renders a report's data to the self-contained HTML document its PDF is printed from. The document is the
 * dashboard's own components in a print view (`@antdash/dashboard-ui/print`), which sits above this package: the
 * apps that send, preview or write reports pass it in. `styleNonce` lets a page's Content-Security-Policy accept
 * the document's style element.
 */
export type RenderReportHtml = (data: ReportData, opts?: { styleNonce?: string }) => string | Promise<string>;

/** A report was asked for where no renderer was passed in (a wiring mistake, never the user's). */
export class ReportRendererMissingError extends Error {
  constructor() {
    super("This process cannot render reports: no report renderer was configured.");
    this.name = "ReportRendererMissingError";
  }
}
