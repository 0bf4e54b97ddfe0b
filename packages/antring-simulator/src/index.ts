export { startSimulator, DEFAULT_APP_ID, DEFAULT_APP_SECRET } from "./simulator";
export type {
  HistoryEnvelope,
  RunningSimulator,
  SimulatorDataset,
  SimulatorDevice,
  SimulatorFaults,
  SimulatorOptions,
  SimulatorRoute,
} from "./types";
export type { CallParty, CallRecord, CallClass, Direction, PartyType, StatusDetail } from "./records";
export { InvalidSimulatorOptionError } from "./errors";
export { InvalidCallError } from "./live/place-call-input";
export { LIVE_PROTOCOLS, LIVE_REFUSALS } from "./live/live-options";
export type { LiveProtocol, LiveRefusal } from "./live/live-options";
export { TOKEN_EXPIRE_FORMATS } from "./live/live-tokens";
export type { TokenExpireFormat } from "./live/live-tokens";
export type { PlaceCallInput, UnansweredStatus } from "./live/place-call-input";
