"use client";

import { useEffect, useState } from "react";
import { breachJump, nextPanel, PANELS, type PanelId } from "./rotation";

/**
 * The panel on screen: the next one every `intervalMs`, except that a breached threshold takes the screen to its
 * panel at once and holds it there until it recovers.
 */
export function useRotation(intervalMs: number, breached: readonly PanelId[]): PanelId {
  const [current, setCurrent] = useState<PanelId>(PANELS[0]);
  // The effects depend on which panels are breached, not on the array's identity (new on every board).
  const breachKey = breached.join(",");
  useEffect(() => {
    const panels = breachKey ? (breachKey.split(",") as PanelId[]) : [];
    setCurrent((c) => breachJump(c, panels) ?? c);
    // The turn starts over whenever the breaches change.
    const timer = setInterval(() => setCurrent((c) => nextPanel(c, panels)), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs, breachKey]);
  return current;
}
