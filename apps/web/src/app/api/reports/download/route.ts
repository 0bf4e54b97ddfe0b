import { getSettings, openReportDownload } from "@antdash/api";
import type { NextRequest } from "next/server";
import { authSecret } from "~/env";
import { getDatabase } from "~/server/database";
import { errorResponse, jsonError } from "~/server/http/json-error";

const CONTENT_TYPES = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;

/** GET /api/reports/download?token=…: a report mail's call list by its signed, expiring link (no sign-in). */
export async function GET(request: NextRequest): Promise<Response> {
  try {
    const token = request.nextUrl.searchParams.get("token") ?? "";
    const db = await getDatabase();
    const { timeZone } = await getSettings(db);
    const download = await openReportDownload(db, token, { secret: authSecret(), timeZone });
    if (!download) return jsonError("FORBIDDEN", "This download link is not valid or has expired.");
    return new Response(download.body, {
      headers: {
        "Content-Type": CONTENT_TYPES[download.format],
        "Content-Disposition": `attachment; filename="${download.filename}"`,
        "Cache-Control": "no-store",
        "Referrer-Policy": "no-referrer",
      },
    });
  } catch (error) {
    return errorResponse(error, "GET /api/reports/download");
  }
}
