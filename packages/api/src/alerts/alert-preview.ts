import type { Database } from "@antdash/db";
import type { KpiThresholds } from "../analytics/kpis";
import { readAlertOverInstants } from "./alert-readings-over";
import type { AlertRule } from "./alert-rules";
import { alertChange } from "./alert-transition";
import { inBusinessHours } from "./evaluate-alerts";

const MINUTE = 60_000;

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

/** Readings of a rule at ascending instants (whole minutes); null = nothing to judge. */
export type ReadingsAt = (
  db: Database,
  rule: PreviewRule,
  instants: readonly Date[],
  kpi: KpiThresholds,
) => Promise<(boolean | null)[]>;

/**
 * "Test this rule on last week": the live evaluation as it would have run every `stepMinutes` over
 * [to − days, to], on the cached calls: the same readings as readAlert (set-based: readAlertOverInstants), the same
 * business hours and the same transition rule as evaluateAlerts, starting from "not firing". Instants are aligned
 * to the step so two previews agree. `read` is for the tests, which replay it reading by reading.
 */
export async function previewAlert(
  db: Database,
  rule: PreviewRule,
  opts: { to: Date; days: number; stepMinutes: number; timeZone: string; kpi: KpiThresholds },
  read: ReadingsAt = readAlertOverInstants,
): Promise<AlertPreview> {
  const step = opts.stepMinutes * MINUTE;
  const to = new Date(Math.floor(opts.to.getTime() / step) * step);
  const from = new Date(to.getTime() - opts.days * 86_400_000);
  const instants: Date[] = [];
  for (let t = from.getTime() + step; t <= to.getTime(); t += step) {
    const at = new Date(t);
    if (inBusinessHours(rule.businessHours, at, opts.timeZone)) instants.push(at);
  }
  const readings = await read(db, rule, instants, opts.kpi);
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
