import type { Database } from "@antdash/db";
import { InvalidInputError } from "../errors";
import { reportCriteriaSchema, type ReportCriteria } from "./report-schedules";

const LIST_KEYS = ["direction", "status", "did", "agent", "callClass"] as const;
const NUMBER_KEYS = ["minDurationSeconds", "maxDurationSeconds"] as const;

/**
 * The call criteria of a saved view's URL ("/calls?direction=to_ab&did=…"), without its range: a report brings its
 * own period. The query keys are the dashboard's URL contract (apps/web lib/call-filter-query: lists repeated or
 * comma-separated); the API cannot import the web app, so the few keys are read again here.
 */
function criteriaOfViewQuery(query: string): ReportCriteria {
  const params = new URL(query, "http://view.invalid").searchParams;
  const raw: Record<string, unknown> = {};
  for (const key of LIST_KEYS) {
    const values = params
      .getAll(key)
      .flatMap((v) => v.split(","))
      .map((v) => v.trim())
      .filter((v) => v !== "");
    if (values.length) raw[key] = values;
  }
  const number = params.get("number")?.trim();
  if (number) raw.number = number;
  for (const key of NUMBER_KEYS) {
    const value = params.get(key)?.trim();
    if (value) raw[key] = /^\d+$/.test(value) ? Number(value) : value;
  }
  const recording = params.get("hasRecording");
  if (recording === "true" || recording === "1") raw.hasRecording = true;
  if (recording === "false" || recording === "0") raw.hasRecording = false;
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
