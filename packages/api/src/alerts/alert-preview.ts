import type { Database } from "@antdash/db";
import type { KpiThresholds } from "../analytics/kpis";
import { readAlert } from "./alert-metrics";
import type { AlertRule } from "./alert-rules";
import { alertChange } from "./alert-transition";
import { inBusinessHours } from "./evaluate-alerts";

const MINUTE = 60_000;
/** Readings in flight at once. */
const READ_AHEAD = 4;

export type PreviewRule = Pick<
  AlertRule,
  "kind" | "threshold" | "windowMinutes" | "params" | "businessHours"
>;

export interface AlertPreview {
  from: Date;
  to: Date;
  stepMinutes: number;
  /** Instants the rule was read (inside its business hours). */
  evaluations: number;
  /** How many times it would have started firing. */
  fired: number;
  /** Minutes spent firing within [from, to]. */
  firingMinutes: number;
  /** end null: still firing at `to`. */
  intervals: { start: Date; end: Date | null }[];
}

/**
 * "Test this rule on last week": replays the live evaluation every `stepMinutes` over [to − days, to] on the
 * cached calls, with the same reading (readAlert), the same business hours and the same transition rule as
 * evaluateAlerts, starting from "not firing". Instants are aligned to the step so two previews agree.
 */
export async function previewAlert(
  db: Database,
  rule: PreviewRule,
  opts: { to: Date; days: number; stepMinutes: number; timeZone: string; kpi: KpiThresholds },
): Promise<AlertPreview> {
  const step = opts.stepMinutes * MINUTE;
  const to = new Date(Math.floor(opts.to.getTime() / step) * step);
  const from = new Date(to.getTime() - opts.days * 86_400_000);
  const instants: Date[] = [];
  for (let t = from.getTime() + step; t <= to.getTime(); t += step) {
    const at = new Date(t);
    if (inBusinessHours(rule.businessHours, at, opts.timeZone)) instants.push(at);
  }
  // Readings do not depend on each other (only the state does): a few at a time, on PostgreSQL's pool.
  const readings: (boolean | null)[] = [];
  for (let i = 0; i < instants.length; i += READ_AHEAD) {
    const batch = instants.slice(i, i + READ_AHEAD);
    readings.push(
      ...(await Promise.all(batch.map((at) => readAlert(db, rule, at, opts.kpi)))).map((r) => r.firing),
    );
  }
  const intervals: AlertPreview["intervals"] = [];
  instants.forEach((at, i) => {
    const open = intervals.at(-1);
    const change = alertChange(open !== undefined && open.end === null, readings[i]!);
    if (change === "fired") intervals.push({ start: at, end: null });
    if (change === "recovered") open!.end = at;
  });
  const firingMinutes = intervals.reduce(
    (sum, i) => sum + ((i.end ?? to).getTime() - i.start.getTime()) / MINUTE,
    0,
  );
  return {
    from,
    to,
    stepMinutes: opts.stepMinutes,
    evaluations: instants.length,
    fired: intervals.length,
    firingMinutes,
    intervals,
  };
}
