import { getLiveCalls } from "../live/live-calls";
import { logEvent } from "../log";
import { processSingleton } from "../process-singleton";
import { processWallboardSource } from "./hub-source";
import { WallboardHub } from "./wallboard-hub";

/** The process's one hub: every wall screen's event stream subscribes to it. */
export function getWallboardHub(): WallboardHub {
  return processSingleton(
    "wallboard-hub",
    () =>
      new WallboardHub({
        source: processWallboardSource,
        live: getLiveCalls(),
        onError: (error) => logEvent("error", "wallboard.refresh_failed", { error }),
      }),
  );
}
