import { appRouter, createCallerFactory, recordAudit } from "@antdash/api";
import { TRPCError } from "@trpc/server";
import ExcelJS from "exceljs";
import type { NextRequest } from "next/server";
import { caseExportColumns, csvLine } from "~/app/(dashboard)/callbacks/case-export";
import { listCasesInput, readCallbackQuery, resolveRange } from "~/app/(dashboard)/callbacks/callbacks-query";
import type { CallbackCaseRow } from "~/app/(dashboard)/callbacks/case-types";
import { createRequestApiContext } from "~/server/api-context";
import { ExportLimiter, tooManyExports } from "~/server/http/export-limiter";
import { errorResponse, jsonError } from "~/server/http/json-error";
import { requireRole } from "~/server/http/require-role";

/** One per process, like the calls export's (see ExportLimiter). */
const exportLimiter = new ExportLimiter();
/** Cases read per request to the list: the API's largest page. */
const PAGE = 200;

const CONTENT_TYPES = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;

/**
 * GET /api/export/callbacks?format=csv|xlsx&<the Call-backs page's query>: every case of the page's view (all its
 * pages), for supervisors and admins, audited. Read through callbacks.list (the same filter, order and checks as the
 * page). CSV streams as the pages are read; XLSX is built whole (a worklist is thousands of cases, not millions).
 */
export async function GET(request: NextRequest): Promise<Response> {
  try {
    const params = request.nextUrl.searchParams;
    const ctx = await createRequestApiContext({ headers: request.headers, cookies: request.cookies });
    const access = requireRole(ctx.user, "supervisor");
    if (access.refusal) return access.refusal;
    const format = params.get("format") ?? "csv";
    if (format !== "csv" && format !== "xlsx")
      return jsonError(400, "BAD_REQUEST", "format must be csv or xlsx.");
    const query = readCallbackQuery(params);
    const range = resolveRange(query, ctx.timeZone, new Date());
    const input = { ...listCasesInput({ ...query, cursor: undefined }, range, access.user.id), limit: PAGE };
    const caller = createCallerFactory(appRouter)(ctx);
    // The first page checks the filter (a bad one is a 400 before any byte is sent).
    let first: { rows: CallbackCaseRow[]; nextCursor: string | null };
    try {
      first = await caller.callbacks.list(input);
    } catch (error) {
      if (error instanceof TRPCError && error.code === "BAD_REQUEST")
        return jsonError(400, "BAD_REQUEST", error.message);
      throw error;
    }

    const admission = exportLimiter.admit(access.user.id);
    if (!admission.admitted) return tooManyExports(admission.retryAfterSeconds);
    await recordAudit(ctx.db, {
      user: access.user,
      action: "export",
      detail: { kind: "callbacks", format, filter: input.filter, sort: input.sort },
    });

    async function* pages(): AsyncGenerator<CallbackCaseRow[]> {
      let page = first;
      yield page.rows;
      while (page.nextCursor !== null && !request.signal.aborted) {
        page = await caller.callbacks.list({ ...input, cursor: page.nextCursor });
        yield page.rows;
      }
    }
    const columns = caseExportColumns(ctx.timeZone);
    const day = (iso: string) => caseExportDay(iso, ctx.timeZone);
    const headers = {
      "Content-Type": CONTENT_TYPES[format],
      "Content-Disposition": `attachment; filename="callbacks-${day(range.from)}-${day(range.to)}.${format}"`,
      "Cache-Control": "no-store",
    };

    if (format === "xlsx") {
      try {
        const workbook = new ExcelJS.Workbook();
        const sheet = workbook.addWorksheet("Call-backs");
        sheet.addRow(columns.map((c) => c.header)).font = { bold: true };
        for await (const rows of pages())
          for (const row of rows) sheet.addRow(columns.map((c) => c.cell(row)));
        return new Response(await workbook.xlsx.writeBuffer(), { headers });
      } finally {
        admission.release();
      }
    }

    // CSV: a BOM (Excel reads UTF-8 Vietnamese), the header, then one line per case with no newline after the last
    // (the page's progress counts newlines as rows).
    const encoder = new TextEncoder();
    const iterator = pages();
    let started = false;
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        try {
          const next = await iterator.next();
          if (next.done) {
            controller.close();
            admission.release();
            return;
          }
          const lines = next.value.map((row) => `\n${csvLine(columns.map((c) => c.cell(row)))}`).join("");
          const head = started ? "" : `\uFEFF${csvLine(columns.map((c) => c.header))}`;
          started = true;
          controller.enqueue(encoder.encode(head + lines));
        } catch (error) {
          admission.release();
          controller.error(error);
        }
      },
      cancel() {
        admission.release();
        void iterator.return(undefined);
      },
    });
    return new Response(body, { headers });
  } catch (error) {
    return errorResponse(error, "GET /api/export/callbacks");
  }
}

/** "20261206": the local day of an instant, for the file name. */
function caseExportDay(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" })
    .format(new Date(iso))
    .replaceAll("-", "");
}
