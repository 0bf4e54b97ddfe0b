import type { RouterOutputs } from "@antdash/api";

/** One call as the table shows it. */
export type CallRow = RouterOutputs["calls"]["list"]["rows"][number];
/** Every stored field of one call (the detail panel). */
export type CallDetail = RouterOutputs["calls"]["get"];
export type CallDirection = CallRow["direction"];
export type CallStatus = CallRow["statusDetail"];
export type CallClass = CallRow["class"];
