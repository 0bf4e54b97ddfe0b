import type { Thresholds } from "../admin/settings";

/** How a tile is coloured: no data yet, fine, a warning, or a breached threshold. */
export const TILE_LEVELS = ["none", "ok", "amber", "red"] as const;
export type TileLevel = (typeof TILE_LEVELS)[number];

export interface TileLevels {
  answerRate: TileLevel;
  avgWait: TileLevel;
}

/**
 * The admins' thresholds applied to today's numbers. With no calls yet there is nothing to judge ("none"), so an
 * empty morning does not paint the wall red.
 */
export function tileLevels(
  kpis: { total: number; answerRate: number; avgWaitSeconds: number },
  thresholds: Thresholds,
): TileLevels {
  if (kpis.total === 0) return { answerRate: "none", avgWait: "none" };
  const percent = kpis.answerRate * 100;
  return {
    answerRate:
      percent < thresholds.answerRateRedPercent
        ? "red"
        : percent < thresholds.answerRateAmberPercent
          ? "amber"
          : "ok",
    avgWait: kpis.avgWaitSeconds > thresholds.maxWaitSeconds ? "red" : "ok",
  };
}
