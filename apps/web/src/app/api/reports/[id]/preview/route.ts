import { reportPreview, reportPreviewPdf } from "@antdash/api";
import { renderReportHtml } from "~/server/reports/render-report-html";
import type { NextRequest } from "next/server";
import { serverEnv } from "~/env";
import { jsonError } from "~/server/http/json-error";
import { routeHandler } from "~/server/http/route-handler";
import { supervisorContext } from "~/server/http/supervisor-context";

/** The nonce proxy.ts put in this request's Content-Security-Policy (the document's style element carries it). */
function styleNonceOf(request: NextRequest): string | undefined {
  return /'nonce-([^']+)'/.exec(request.headers.get("content-security-policy") ?? "")?.[1];
}

/**
 * GET /api/reports/<id>/preview[?format=pdf]: the report as it would be mailed now (its latest finished period), as
 * the HTML the PDF is printed from, or as that PDF inline (supervisor+). The document runs no script.
 */
export const GET = routeHandler<{ id: string }>("GET /api/reports/preview", async (request, { id }) => {
  const { ctx } = await supervisorContext(request);
  if (!/^[0-9a-f-]{36}$/i.test(id)) return jsonError("NOT_FOUND", "This report does not exist.");
  if (request.nextUrl.searchParams.get("format") === "pdf") {
    const { pdf, filename } = await reportPreviewPdf(ctx, id, {
      renderHtml: renderReportHtml,
      chromiumPath: serverEnv().chromiumPath,
    });
    return new Response(new Uint8Array(pdf), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `inline; filename="${filename}"`,
        "Cache-Control": "no-store",
      },
    });
  }
  const nonce = styleNonceOf(request);
  const { html } = await reportPreview(ctx, id, {
    renderHtml: renderReportHtml,
    ...(nonce && { styleNonce: nonce }),
  });
  return new Response(html, {
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
  });
});
