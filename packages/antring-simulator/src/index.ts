export { startSimulator } from "./simulator";
export type { HistoryEnvelope, RunningSimulator, SimulatorDevice, SimulatorOptions } from "./types";
export type { CallRecord, CallClass, Direction, StatusDetail } from "./records";
export { LIVE_PROTOCOLS, LIVE_REFUSALS } from "./live/live-options";
export type { LiveProtocol } from "./live/live-options";
export { TOKEN_EXPIRE_FORMATS } from "./live/live-tokens";
