import { InvalidFilterError, openExport, parseCallFilter } from "@antdash/api";
import type { NextRequest } from "next/server";
import { callFilterFromQuery } from "~/lib/call-filter-query";
import { createRequestApiContext } from "~/server/api-context";
import { errorResponse, jsonError } from "~/server/http/json-error";
import { requireRole } from "~/server/http/require-role";
import { serveExport } from "~/server/http/serve-export";

const KINDS = ["calls", "summary"] as const;
const FORMATS = ["csv", "xlsx"] as const;

/**
 * GET /api/export/calls|summary?format=csv|xlsx&<filter>: the filtered call list (or its summary) as a streamed
 * download, for supervisors and admins. The filter uses the same query keys as the pages (lib/call-filter-query).
 */
export async function GET(
  request: NextRequest,
  context: { params: Promise<{ kind: string }> },
): Promise<Response> {
  try {
    const { kind } = await context.params;
    if (!isOneOf(KINDS, kind)) return jsonError(404, "NOT_FOUND", "No such export.");
    const query = request.nextUrl.searchParams;
    const ctx = await createRequestApiContext({ headers: request.headers, cookies: request.cookies });
    const access = requireRole(ctx.user, "supervisor");
    if (access.refusal) return access.refusal;
    const format = query.get("format") ?? "csv";
    if (!isOneOf(FORMATS, format)) return jsonError(400, "BAD_REQUEST", "format must be csv or xlsx.");
    let filter;
    try {
      filter = parseCallFilter(callFilterFromQuery(query));
    } catch (error) {
      if (!(error instanceof InvalidFilterError)) throw error;
      return jsonError(400, "BAD_REQUEST", error.message, { problems: error.problems });
    }
    return await serveExport(request, access.user.id, kind, () => openExport(ctx, { kind, format, filter }));
  } catch (error) {
    return errorResponse(error, "GET /api/export");
  }
}

function isOneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}
