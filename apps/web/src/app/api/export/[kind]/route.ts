import { InvalidFilterError, openExport, parseCallFilter } from "@antdash/api";
import { LOCALE_COOKIE, toLocale } from "~/i18n/locale";
import { callFilterFromQuery } from "@antdash/api/call-filter-query";
import { jsonError } from "~/server/http/json-error";
import { routeHandler } from "~/server/http/route-handler";
import { serveExport } from "~/server/http/serve-export";
import { supervisorContext } from "~/server/http/supervisor-context";

const KINDS = ["calls", "summary"] as const;
const FORMATS = ["csv", "xlsx"] as const;
const LABELS = ["vi", "en", "none"] as const;

/**
 * GET /api/export/calls|summary?format=csv|xlsx&<filter>: the filtered call list (or its summary) as a streamed
 * download, for supervisors and admins. The filter uses the same query keys as the pages (@antdash/api/call-filter-query).
 * `labels=vi|en|none` names headers and values in a language (none: machine keys); without it an XLSX speaks the
 * language the pages are shown in (the language cookie, else the user's own), a CSV keeps the machine keys.
 */
export const GET = routeHandler<{ kind: string }>("GET /api/export", async (request, { kind }) => {
  if (!isOneOf(KINDS, kind)) return jsonError("NOT_FOUND", "No such export.");
  const query = request.nextUrl.searchParams;
  const { ctx, user } = await supervisorContext(request);
  const format = query.get("format") ?? "csv";
  if (!isOneOf(FORMATS, format)) return jsonError("BAD_REQUEST", "format must be csv or xlsx.");
  const labels = query.get("labels");
  if (labels !== null && !isOneOf(LABELS, labels))
    return jsonError("BAD_REQUEST", "labels must be vi, en or none.");
  const chosen = request.cookies.get(LOCALE_COOKIE)?.value;
  const language =
    labels === "none" ? null : (labels ?? (format === "xlsx" && chosen ? toLocale(chosen) : undefined));
  let filter;
  try {
    filter = parseCallFilter(callFilterFromQuery(query));
  } catch (error) {
    if (!(error instanceof InvalidFilterError)) throw error;
    return jsonError("BAD_REQUEST", error.message, {
      reason: error.reason,
      body: { problems: error.problems },
    });
  }
  return await serveExport(request, user.id, kind, () =>
    openExport(ctx, { kind, format, filter, labels: language }),
  );
});

function isOneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}
