import { reportPreview, reportPreviewPdf, requireRole } from "@antdash/api";
import { renderReportHtml } from "~/server/reports/render-report-html";
import type { NextRequest } from "next/server";
import { serverEnv } from "~/env";
import { createRequestApiContext } from "~/server/api-context";
import { errorResponse, jsonError } from "~/server/http/json-error";

/** The nonce proxy.ts put in this request's Content-Security-Policy (the document's style element carries it). */
function styleNonceOf(request: NextRequest): string | undefined {
  return /'nonce-([^']+)'/.exec(request.headers.get("content-security-policy") ?? "")?.[1];
}

/**
 * GET /api/reports/<id>/preview[?format=pdf]: the report as it would be mailed now (its latest finished period), as
 * the HTML the PDF is printed from, or as that PDF inline (supervisor+). The document runs no script.
 */
export async function GET(
  request: NextRequest,
  context: { params: Promise<{ id: string }> },
): Promise<Response> {
  try {
    const { id } = await context.params;
    const ctx = await createRequestApiContext({ headers: request.headers, cookies: request.cookies });
    requireRole(ctx.user, "supervisor");
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
  } catch (error) {
    return errorResponse(error, "GET /api/reports/preview");
  }
}
