import { DIRECTIONS, type Direction, type StatusDetail } from "../records";

/** How a call placed by placeCall / POST /_sim/calls ends when nobody answers. */
export type UnansweredStatus = Exclude<StatusDetail, "SUCCESS">;
const UNANSWERED: readonly UnansweredStatus[] = ["CANCELLED", "BUSY", "IVR", "UNSUCCESS"];

/**
 * A call to place; every field is optional (defaults are drawn from the seed).
 * - to_ab (default): `caller` is the outside number, `did` the company number dialled, and the call rings
 *   `agent` (else `callee`, else a random agent). An IVR call never reaches an agent: its callee is the DID.
 * - from_ab: `agent` (else `caller`) calls `callee`; a callee that is one of the agents makes it internal.
 * Agents are named by SIP number ("thutranhtkbee") or username ("thutran"); other names become new agents.
 */
export interface PlaceCallInput {
  direction?: Direction;
  caller?: string;
  callee?: string;
  /** Inbound calls only. */
  did?: string;
  agent?: string;
  /** Before the answer (or before giving up), 0..600; default 3..12. */
  ringSeconds?: number;
  /** After the answer, 0..14400; default drawn around a minute. Ignored for unanswered calls. */
  talkSeconds?: number;
  /** Default true, unless `status` is given. */
  answered?: boolean;
  /** Outcome of an unanswered call; default CANCELLED. */
  status?: UnansweredStatus;
  /**
   * A past start (ISO instant or unix ms): the call enters the history as having happened then, with no live
   * signals — a late-listed call when that time was already synced, or a scripted history for tests.
   */
  startedAt?: number | string;
}

/** placeCall's argument (or the HTTP body) is not a call the simulator can place. */
export class InvalidCallError extends Error {
  constructor(readonly detail: string) {
    super(`invalid call: ${detail}`);
    this.name = "InvalidCallError";
  }
}

const NAME = /^[A-Za-z0-9+*#._@-]{1,64}$/;
const FIELDS = new Set([
  "direction",
  "caller",
  "callee",
  "did",
  "agent",
  "ringSeconds",
  "talkSeconds",
  "answered",
  "status",
  "startedAt",
]);

function instant(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const ms = typeof value === "number" ? value : typeof value === "string" ? Date.parse(value) : Number.NaN;
  if (!Number.isFinite(ms) || ms < Date.UTC(2000, 0, 1) || ms > Date.UTC(2100, 0, 1)) {
    throw new InvalidCallError("startedAt must be an ISO instant or unix milliseconds between 2000 and 2100");
  }
  return ms;
}

function name(value: unknown, field: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "string" || !NAME.test(value))
    throw new InvalidCallError(`${field} must be 1-64 letters, digits or + * # . _ @ -`);
  return value;
}

function seconds(value: unknown, field: string, max: number): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "number" || !(value >= 0 && value <= max))
    throw new InvalidCallError(`${field} must be a number of seconds in 0..${max}`);
  return value;
}

/** Checks an untrusted call description (from JSON) field by field. */
export function parsePlaceCall(input: unknown): PlaceCallInput {
  if (input === undefined || input === null) return {};
  if (typeof input !== "object" || Array.isArray(input))
    throw new InvalidCallError("the call must be a JSON object");
  const fields = input as Record<string, unknown>;
  for (const key of Object.keys(fields))
    if (!FIELDS.has(key)) throw new InvalidCallError(`unknown field ${key.slice(0, 40)}`);

  const { direction, answered, status } = fields;
  if (direction !== undefined && !DIRECTIONS.includes(direction as Direction))
    throw new InvalidCallError('direction must be "from_ab" or "to_ab"');
  if (answered !== undefined && typeof answered !== "boolean")
    throw new InvalidCallError("answered must be a boolean");
  if (status !== undefined && !UNANSWERED.includes(status as UnansweredStatus)) {
    throw new InvalidCallError(`status must be one of ${UNANSWERED.join(", ")}`);
  }
  if (answered === true && status !== undefined)
    throw new InvalidCallError("status describes unanswered calls only");
  if (direction === "from_ab" && fields.did !== undefined)
    throw new InvalidCallError("did applies to inbound (to_ab) calls only");

  return {
    direction: direction as Direction | undefined,
    caller: name(fields.caller, "caller"),
    callee: name(fields.callee, "callee"),
    did: name(fields.did, "did"),
    agent: name(fields.agent, "agent"),
    ringSeconds: seconds(fields.ringSeconds, "ringSeconds", 600),
    talkSeconds: seconds(fields.talkSeconds, "talkSeconds", 14_400),
    answered,
    status: status as UnansweredStatus | undefined,
    startedAt: instant(fields.startedAt),
  };
}
