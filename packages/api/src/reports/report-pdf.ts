import { chromium } from "playwright-core";
import type { Locale } from "../auth/locales";
import { reportStrings } from "./report-strings";

const DEFAULT_CHROMIUM_PATH = "/usr/bin/chromium";

/**
 * Prints an HTML document to an A4 PDF with headless Chromium (Debian's `chromium`, CHROMIUM_PATH), page numbers in
 * the footer. One browser per PDF: reports are a few a day, and a fresh browser holds no state between them.
 * The page gets no network: the document is self-contained, so nothing it holds can reach out.
 */
export async function renderPdf(
  html: string,
  opts: { locale: Locale; chromiumPath?: string; timeoutMs?: number },
): Promise<Buffer> {
  const t = reportStrings(opts.locale);
  const browser = await chromium.launch({
    executablePath: opts.chromiumPath ?? DEFAULT_CHROMIUM_PATH,
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-sync"],
    timeout: opts.timeoutMs ?? 60_000,
  });
  try {
    const context = await browser.newContext({ offline: true, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: "load", timeout: opts.timeoutMs ?? 60_000 });
    const pdf = await page.pdf({
      format: "A4",
      printBackground: true,
      preferCSSPageSize: true,
      displayHeaderFooter: true,
      headerTemplate: "<span></span>",
      footerTemplate: `<div style="font-size:8px;width:100%;text-align:center;color:#000">${t.page} <span class="pageNumber"></span> ${t.of} <span class="totalPages"></span></div>`,
    });
    return Buffer.from(pdf);
  } finally {
    await browser.close();
  }
}
