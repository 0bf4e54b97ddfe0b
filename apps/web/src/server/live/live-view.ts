import type { LiveCallSignal } from "@antdash/antring-core";

/** A call in progress as a wall screen sees it: no raw event, nothing but what the board shows. */
export interface LiveCallView {
  callId: string;
  state: "ringing" | "answered";
  direction: "from_ab" | "to_ab" | "unknown";
  caller: string;
  callee: string;
  did: string | null;
  agent: string | null;
  /** When the call entered its state. */
  since: Date;
}

export interface LiveBoardView {
  /** Whether this server is connected to the live feed now (the list may be out of date when not). */
  connected: boolean;
  calls: LiveCallView[];
}

/** Drops `raw` (the upstream event as received) and ended calls. */
export function toLiveCallViews(signals: readonly LiveCallSignal[]): LiveCallView[] {
  return signals.flatMap((s) =>
    s.state === "ended"
      ? []
      : [
          {
            callId: s.callId,
            state: s.state,
            direction: s.direction,
            caller: s.caller,
            callee: s.callee,
            did: s.did,
            agent: s.agent,
            since: s.at,
          },
        ],
  );
}
