/** The wallboard's panels, in rotation order. */
export const PANELS = ["kpis", "hourly", "status", "dids", "agents", "missed"] as const;
export type PanelId = (typeof PANELS)[number];

/** Seconds per panel: `?rotate=` on the display URL, within sane bounds; 15 by default. */
export const ROTATION_SECONDS = { default: 15, min: 5, max: 600 } as const;

export function rotationSeconds(param: string | string[] | undefined): number {
  const value = Number(Array.isArray(param) ? param[0] : param);
  if (!Number.isFinite(value) || value <= 0) return ROTATION_SECONDS.default;
  return Math.min(ROTATION_SECONDS.max, Math.max(ROTATION_SECONDS.min, Math.round(value)));
}

/**
 * The panel to show next. A breached threshold holds the rotation on the panel that shows it (among several
 * breached panels it rotates between those only); without one every panel takes its turn.
 */
export function nextPanel(
  current: PanelId,
  breached: readonly PanelId[],
  panels: readonly PanelId[] = PANELS,
): PanelId {
  const cycle = breached.length > 0 ? panels.filter((p) => breached.includes(p)) : panels;
  if (cycle.length === 0) return current;
  const at = panels.indexOf(current);
  // The next panel of the cycle after the current one, in panel order.
  for (let step = 1; step <= panels.length; step++) {
    const candidate = panels[(at + step) % panels.length]!;
    if (cycle.includes(candidate)) return candidate;
  }
  return cycle[0]!;
}

/** Where a breach must take the screen at once (not waiting for the turn): null when it may stay. */
export function breachJump(
  current: PanelId,
  breached: readonly PanelId[],
  panels: readonly PanelId[] = PANELS,
): PanelId | null {
  if (breached.length === 0 || breached.includes(current)) return null;
  return panels.find((p) => breached.includes(p)) ?? null;
}
