/** One agent's or DID's call-back and repeat-caller numbers, as the agents and DIDs pages show them. */
export interface CallbackBreakdownRow {
  key: string;
  opened: number | null;
  open: number | null;
  reached: number | null;
  reachedWithin1hShare: number | null;
  reachedWithin24hShare: number | null;
  medianSecondsToReach: number | null;
  repeat24hShare: number | null;
  repeat7dShare: number | null;
}

interface CaseKpiRow {
  opened: number;
  open: number;
  reached: number;
  reachedWithin1hShare: number | null;
  reachedWithin24hShare: number | null;
  medianSecondsToReach: number | null;
}
interface RepeatRow {
  repeat24hShare: number | null;
  repeat7dShare: number | null;
}

/**
 * The case KPIs and the repeat shares of one dimension side by side, one row per key found in either (an agent may
 * have answered calls but reached no case, or the reverse: the missing half shows as "—"). Busiest first: most
 * cases, then the key.
 */
export function callbackBreakdownRows<K extends "agent" | "did">(
  dimension: K,
  cases: ReadonlyArray<CaseKpiRow & Record<K, string>>,
  repeats: ReadonlyArray<RepeatRow & Record<K, string>>,
): CallbackBreakdownRow[] {
  const rows = new Map<string, CallbackBreakdownRow>();
  const row = (key: string): CallbackBreakdownRow => {
    let found = rows.get(key);
    if (!found) {
      found = {
        key,
        opened: null,
        open: null,
        reached: null,
        reachedWithin1hShare: null,
        reachedWithin24hShare: null,
        medianSecondsToReach: null,
        repeat24hShare: null,
        repeat7dShare: null,
      };
      rows.set(key, found);
    }
    return found;
  };
  for (const c of cases) {
    Object.assign(row(c[dimension]), {
      opened: c.opened,
      open: c.open,
      reached: c.reached,
      reachedWithin1hShare: c.reachedWithin1hShare,
      reachedWithin24hShare: c.reachedWithin24hShare,
      medianSecondsToReach: c.medianSecondsToReach,
    });
  }
  for (const r of repeats) {
    Object.assign(row(r[dimension]), { repeat24hShare: r.repeat24hShare, repeat7dShare: r.repeat7dShare });
  }
  return [...rows.values()].sort((a, b) => (b.opened ?? 0) - (a.opened ?? 0) || a.key.localeCompare(b.key));
}
