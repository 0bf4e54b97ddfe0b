import type { Direction } from "../records";

/** Where a call in progress stands, as far as live signals tell. */
export type LiveCallState = "ringing" | "answered" | "ended";

/** One live call event, reduced to what a supervisor board needs. Built only by `mapKazooEvent`. */
export interface LiveCallSignal {
  /** The channel's Call-ID. */
  callId: string;
  state: LiveCallState;
  /** History's terms: `to_ab` inbound, `from_ab` outbound or internal. */
  direction: Direction | "unknown";
  /** "" when the event does not say. */
  caller: string;
  /** "" when the event does not say. */
  callee: string;
  /** The company DID dialled; inbound calls only, null otherwise (like history's did_number). */
  did: string | null;
  /** The agent's SIP user on our side of the call (history's `number` of a "user" party), when known. */
  agent: string | null;
  /** When the call entered `state`: the event's own timestamp, else when it was received. */
  at: Date;
  /** The event as received, for debugging. Holds no credentials of ours; still, log it only when needed. */
  raw: unknown;
}
