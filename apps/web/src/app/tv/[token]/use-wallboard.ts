"use client";

import { useEffect, useState } from "react";
import { connectWallboardStream, type StreamConnection } from "./wallboard-stream";
import type { LiveBoardView, WallboardSnapshot } from "./wallboard-types";

export interface WallboardState {
  snapshot: WallboardSnapshot;
  live: LiveBoardView;
  connection: StreamConnection;
  refused: boolean;
  /** Server clock minus the screen's clock, from the latest ping. */
  clockOffsetMs: number;
}

/** The board as the server pushes it: initial data from the page, then every event of the stream. */
export function useWallboard(
  token: string,
  initial: WallboardSnapshot,
  initialLive: LiveBoardView,
): WallboardState {
  const [state, setState] = useState<WallboardState>({
    snapshot: initial,
    live: initialLive,
    connection: "connecting",
    refused: false,
    clockOffsetMs: 0,
  });
  useEffect(() => {
    const stream = connectWallboardStream(`/api/wallboard/events?tv=${encodeURIComponent(token)}`, {
      snapshot: (snapshot) => setState((s) => ({ ...s, snapshot })),
      live: (live) => setState((s) => ({ ...s, live })),
      ping: (serverNow) => setState((s) => ({ ...s, clockOffsetMs: serverNow.getTime() - Date.now() })),
      connection: (connection) => setState((s) => ({ ...s, connection })),
      refused: () => setState((s) => ({ ...s, refused: true })),
    });
    return () => stream.close();
  }, [token]);
  return state;
}

/** The server's time as this screen estimates it, ticking every second (starts at `start` for the first render). */
export function useServerNow(clockOffsetMs: number, start: Date): number {
  const [now, setNow] = useState(start.getTime());
  useEffect(() => {
    const tick = () => setNow(Date.now() + clockOffsetMs);
    tick();
    const timer = setInterval(tick, 1_000);
    return () => clearInterval(timer);
  }, [clockOffsetMs]);
  return now;
}
