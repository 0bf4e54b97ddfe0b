/** How a KPI moved against the previous period of equal length. */
export type Trend = "up" | "down" | "flat";
/** Whether a rise is good news (answered), bad news (missed, waiting) or neither (volume). */
export type Better = "higher" | "lower" | "neutral";
export type Tone = "good" | "bad" | "neutral";

export interface Delta {
  trend: Trend;
  /** Relative change (0.12 = +12 %) or, for rates, the change in points of the 0..1 scale; null without a base. */
  change: number | null;
  tone: Tone;
}

/**
 * The change of a KPI: relative for counts and times, in points for rates (an answer rate going from 80 % to 84 %
 * is +4 points, not +5 %). A previous value of 0 has no relative change unless both are 0.
 */
export function kpiDelta(
  current: number,
  previous: number,
  kind: "relative" | "points",
  better: Better,
): Delta {
  const difference = current - previous;
  const trend: Trend = Math.abs(difference) < 1e-9 ? "flat" : difference > 0 ? "up" : "down";
  const change =
    kind === "points" ? difference : previous === 0 ? (current === 0 ? 0 : null) : difference / previous;
  const tone: Tone =
    trend === "flat" || better === "neutral"
      ? "neutral"
      : (trend === "up") === (better === "higher")
        ? "good"
        : "bad";
  return { trend, change, tone };
}
