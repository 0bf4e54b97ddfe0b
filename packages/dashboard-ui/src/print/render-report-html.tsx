// @jsxRuntime automatic
import type { ReportData } from "@antdash/api";
import { renderToStaticMarkup } from "react-dom/server";
import type { UiLocale } from "../locale";
import { PRINT_CSS } from "./print-css";
import { printWords } from "./print-words";
import { ReportDocument } from "./report-document";

const escapeAttribute = (text: string) => text.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The report's self-contained HTML document (no script, no outside resource): the print view of the dashboard's
 * components, in `language` (the report's own by default). Chromium prints it to the PDF; the web shows it as the
 * preview. `styleNonce` lets the page's Content-Security-Policy accept its one style element.
 */
export function renderReportHtml(
  data: ReportData,
  opts: { language?: UiLocale; styleNonce?: string } = {},
): string {
  const locale = opts.language ?? data.locale;
  const title = `${printWords(locale).report}: ${data.title}`;
  const body = renderToStaticMarkup(<ReportDocument data={data} locale={locale} />);
  const nonce = opts.styleNonce ? ` nonce="${escapeAttribute(opts.styleNonce)}"` : "";
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${escapeAttribute(title)}</title><style${nonce}>${PRINT_CSS}</style></head><body>${body}</body></html>`;
}
