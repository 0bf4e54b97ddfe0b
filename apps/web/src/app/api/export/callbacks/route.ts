import { caseFilterSchema, openCallbackExport } from "@antdash/api";
import type { NextRequest } from "next/server";
import { caseFilter, readCallbackQuery, resolveRange } from "~/lib/callbacks-query";
import { errorResponse, jsonError } from "~/server/http/json-error";
import { serveExport } from "~/server/http/serve-export";
import { supervisorContext } from "~/server/http/supervisor-context";

/**
 * GET /api/export/callbacks?format=csv|xlsx&<the Call-backs page's query>: every case of the page's filter (all its
 * pages) as a streamed download, for supervisors and admins, audited (openCallbackExport).
 */
export async function GET(request: NextRequest): Promise<Response> {
  try {
    const params = request.nextUrl.searchParams;
    const { ctx, user } = await supervisorContext(request);
    const format = params.get("format") ?? "csv";
    if (format !== "csv" && format !== "xlsx") return jsonError("BAD_REQUEST", "format must be csv or xlsx.");
    const query = readCallbackQuery(params);
    const parsed = caseFilterSchema.safeParse(
      caseFilter(query, resolveRange(query, ctx.timeZone, new Date()), user.id),
    );
    if (!parsed.success)
      return jsonError("BAD_REQUEST", parsed.error.issues.map((i) => i.message).join("; "));
    const filter = parsed.data;
    return await serveExport(request, user.id, "callbacks", () =>
      openCallbackExport(ctx, { format, filter }),
    );
  } catch (error) {
    return errorResponse(error, "GET /api/export/callbacks");
  }
}
