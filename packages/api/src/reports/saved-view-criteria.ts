import type { Database } from "@antdash/db";
import { callFilterFromQuery } from "../calls/call-filter-query";
import { InvalidInputError } from "../errors";
import { reportCriteriaSchema, type ReportCriteria } from "./report-schedules";

/**
 * The call criteria of a saved view's URL ("/calls?direction=to_ab&did=…"), read as the dashboard reads its pages'
 * URLs, without its range: a report brings its own period.
 */
function criteriaOfViewQuery(query: string): ReportCriteria {
  const raw = callFilterFromQuery(new URL(query, "http://view.invalid").searchParams);
  delete raw.from;
  delete raw.to;
  // Unlike a call filter's, a report's schema does not trim the number; and a recording choice other than true or
  // false has always read as "any" in a saved view, not as an error.
  if (typeof raw.number === "string") raw.number = raw.number.trim();
  if (typeof raw.hasRecording !== "boolean") delete raw.hasRecording;
  const parsed = reportCriteriaSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new InvalidInputError(
      `savedViewId: this saved view's filter cannot be used in a report (${problems}).`,
    );
  }
  return parsed.data;
}

/** One of the user's own saved views as a report's source (its name and criteria), or a 400 naming the field. */
export async function reportSourceOfView(
  db: Database,
  userId: string,
  savedViewId: string,
): Promise<{ viewName: string; criteria: ReportCriteria }> {
  const view = await db.prisma.savedView.findFirst({ where: { id: savedViewId, userId } });
  if (!view) throw new InvalidInputError("savedViewId: no such saved view among yours.");
  return { viewName: view.name, criteria: criteriaOfViewQuery(view.query) };
}
