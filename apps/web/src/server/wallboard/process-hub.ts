import { getLiveCalls } from "../live/live-calls";
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
        onError: (error) =>
          console.error(
            `[antdash] wallboard: ${error instanceof Error ? error.message : "could not read the board"}`,
          ),
      }),
  );
}
