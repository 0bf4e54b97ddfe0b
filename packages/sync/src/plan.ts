import { planHistoryWindows } from "@antdash/antring-core";
import type { TimeWindow } from "./window-coverage";

/**
 * Plans the windows of a sync. Calls reach AntRing's history only once they end, so the most recent stretch
 * (`settleLine` onwards) may still change: it gets windows of its own that are never marked done and are re-read
 * by every pass, while everything older is planned in full windows that can be marked done and skipped later.
 * Newest first, so a dashboard fills from today backwards.
 */
export function planSyncWindows(from: Date, to: Date, settleLine: Date): TimeWindow[] {
  const windows: TimeWindow[] = [];
  if (from.getTime() <= settleLine.getTime()) {
    windows.push(...planHistoryWindows(from, new Date(Math.min(to.getTime(), settleLine.getTime()))));
  }
  if (to.getTime() > settleLine.getTime()) {
    const tailFrom = new Date(Math.max(from.getTime(), settleLine.getTime() + 1));
    windows.push(...planHistoryWindows(tailFrom, to));
  }
  return windows.reverse();
}

export function isSettled(window: TimeWindow, settleLine: Date): boolean {
  return window.to.getTime() <= settleLine.getTime();
}
