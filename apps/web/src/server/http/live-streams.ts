import { StreamLimiter } from "@antdash/api";
import { processSingleton } from "../process-singleton";

/** Open live streams per display token and per user in this process: the wallboard's events and sync progress. */
export const liveStreams = (): StreamLimiter => processSingleton("live-streams", () => new StreamLimiter());
