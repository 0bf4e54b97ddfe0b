import type { KpiSettings, Thresholds } from "../admin/settings";
import type { CallKpis } from "../analytics/output-schemas";
import type { TileLevels } from "./wallboard-schemas";

/** How a tile is coloured: no data yet, fine, a warning, or a breached threshold. */
export const TILE_LEVELS = ["none", "ok", "amber", "red"] as const;
export type TileLevel = (typeof TILE_LEVELS)[number];

/**
 * The admins' thresholds applied to today's numbers. With no calls yet there is nothing to judge ("none"), so an
 * empty morning does not paint the wall red.
 */
export function tileLevels(
  kpis: { total: number; answerRate: number; avgWaitSeconds: number },
  callKpis: CallKpis,
  thresholds: Thresholds,
  kpiSettings: Pick<KpiSettings, "serviceLevelTargetPercent">,
): TileLevels {
  const { inbound } = callKpis;
  // A KPI with nothing to divide by (null: no inbound call yet) is judged "none".
  const judge = (
    value: number | null,
    red: (v: number) => boolean,
    amber: (v: number) => boolean = () => false,
  ) => (value === null ? "none" : red(value) ? "red" : amber(value) ? "amber" : "ok");
  const answerRateLevel = (rate: number | null) =>
    judge(
      rate === null ? null : rate * 100,
      (p) => p < thresholds.answerRateRedPercent,
      (p) => p < thresholds.answerRateAmberPercent,
    );
  const any = kpis.total > 0;
  return {
    answerRate: answerRateLevel(any ? kpis.answerRate : null),
    avgWait: judge(any ? kpis.avgWaitSeconds : null, (s) => s > thresholds.maxWaitSeconds),
    serviceLevel: judge(inbound.serviceLevel, (r) => r * 100 < kpiSettings.serviceLevelTargetPercent),
    asa: judge(inbound.asaSeconds, (s) => s > thresholds.maxWaitSeconds),
    abandonRate: judge(inbound.abandonRate, (r) => r * 100 > thresholds.abandonRateRedPercent),
    inboundAnswerRate: answerRateLevel(inbound.answerRate),
  };
}
