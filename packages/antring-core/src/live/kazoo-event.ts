/**
 * THE mapping from a raw live-call event to a LiveCallSignal. AntRing does not document its events, so this
 * is the one file to adjust once real ones are seen; everything else works on LiveCallSignal.
 *
 * Documented:
 * - AntRing (docs): after auth_token a Socket.IO client emits `subscribe` with
 *   `{ account_id, auth_token, binding: "call.CHANNEL_CREATE.*" }`, one binding per event type. Nothing more.
 * - Kazoo (2600Hz) blackhole, whose bindings those are: an event arrives under its name
 *   (`socket.on("CHANNEL_CREATE", eventJObj)`); its docs show whole frames `{ name, args: { … } }` where args is
 *   the AMQP call event: "Event-Name", "Call-ID", "Call-Direction" (inbound/outbound as the *switch* sees the
 *   channel), "Caller-ID-Number", "Callee-ID-Number", "From"/"To"/"Request" (`user@realm`), "Timestamp"
 *   (Gregorian seconds, i.e. since year 0), "Custom-Channel-Vars" { "Account-ID", "Authorizing-Type",
 *   "Username" (SIP user of the device), … }, and on CHANNEL_DESTROY "Billing-Seconds", "Hangup-Cause"….
 *
 * Inferred (accepted, never relied on alone):
 * - That AntRing forwards Kazoo's events as they are. Shapes accepted: `{name, args:{…}}`, `{name, args:[{…}]}`
 *   (a Socket.IO 0.9 packet), the bare event object, `{name, data:{…}}` (Kazoo 4 websockets), JSON text of any
 *   of these, and webhook-style snake_case keys (`call_id`, `hook_event`…): keys match regardless of case and
 *   separators.
 * - direction: an explicit `direction` of from_ab/to_ab wins. Else an "inbound" channel authorized by one of
 *   our devices (Custom-Channel-Vars Authorizing-Type device/user/mobile) is an agent calling out (from_ab);
 *   any other "inbound" channel came in from the trunk (to_ab); an "outbound" leg alone says nothing ("unknown").
 * - did: inbound calls only, `did_number` if present, else the user part of To (else Request).
 * - agent, as history counts agents: outbound → Custom-Channel-Vars Username, else the caller; inbound → the
 *   callee unless it is the DID itself (still in IVR or queue); unknown → Username when present.
 * - CHANNEL_BRIDGE, CHANNEL_HOLD, CHANNEL_UNHOLD mean "answered": the call is connected.
 */
import type { LiveCallSignal, LiveCallState } from "./live-signal";

const STATE_BY_EVENT: Readonly<Record<string, LiveCallState>> = {
  CHANNEL_CREATE: "ringing",
  CHANNEL_ANSWER: "answered",
  CHANNEL_BRIDGE: "answered",
  CHANNEL_HOLD: "answered",
  CHANNEL_UNHOLD: "answered",
  CHANNEL_DESTROY: "ended",
};

/** Event names that become signals; every other event maps to null. */
export const TRACKED_CALL_EVENTS: readonly string[] = Object.keys(STATE_BY_EVENT);

/** Authorizing-Type values meaning "one of the company's own endpoints placed this channel" (inferred). */
const OWN_ENDPOINT_TYPES = new Set(["device", "user", "mobile"]);

/** Kazoo's "Timestamp" counts seconds from 0000-01-01; this many of them lie before 1970. */
const GREGORIAN_TO_UNIX_SECONDS = 62_167_219_200;
const YEAR_2000_S = 946_684_800;
const YEAR_2100_S = 4_102_444_800;

type Fields = ReadonlyMap<string, unknown>;

/**
 * Turns one raw event into a signal; null for events that are not tracked or that name no call.
 * Never throws, whatever it is given.
 */
export function mapKazooEvent(event: unknown, receivedAt: Date = new Date()): LiveCallSignal | null {
  try {
    return mapEvent(event, receivedAt);
  } catch {
    return null;
  }
}

/** What the feed hands to mapKazooEvent for a Socket.IO event `name` carrying `payload`. */
export function socketFrame(name: string, payload: readonly unknown[]): unknown {
  return { name, args: payload[0] };
}

function mapEvent(event: unknown, receivedAt: Date): LiveCallSignal | null {
  const frame = unwrap(event, 0);
  if (frame === null) return null;
  const { args, names } = frame;
  const eventName = eventKind(text(args, "eventname", "hookevent") ?? names.find((n) => n !== undefined));
  const state = eventName === undefined ? undefined : STATE_BY_EVENT[eventName];
  const callId = text(args, "callid");
  if (state === undefined || callId === undefined) return null;

  const vars = fieldsOf(args.get("customchannelvars"));
  const direction = directionOf(args, vars);
  const caller = text(args, "calleridnumber") ?? userPart(text(args, "from")) ?? "";
  const callee = text(args, "calleeidnumber") ?? userPart(text(args, "to")) ?? "";
  const did =
    direction === "to_ab"
      ? (text(args, "didnumber") ?? userPart(text(args, "to")) ?? userPart(text(args, "request")) ?? null)
      : null;
  const username = vars ? text(vars, "username") : undefined;
  let agent: string | null;
  if (direction === "from_ab") agent = username ?? (caller || null);
  else if (direction === "to_ab") agent = callee !== "" && callee !== did ? callee : null;
  else agent = username ?? null;

  const at = timestampOf(args.get("timestamp")) ?? receivedAt;
  return { callId, state, direction, caller, callee, did, agent, at, raw: event };
}

interface Frame {
  args: Fields;
  /** Names given by the frames, innermost first. */
  names: (string | undefined)[];
}

/** Peels `{name, args}` / `{name, data}` / `[payload]` / JSON text layers down to the event's own fields. */
function unwrap(value: unknown, depth: number): Frame | null {
  const parsed = typeof value === "string" ? parseJson(value) : value;
  const fields = fieldsOf(parsed);
  if (fields === null) return null;
  const name = text(fields, "name");
  const innerRaw = fields.get("args") ?? fields.get("data");
  const inner = Array.isArray(innerRaw) ? (innerRaw as unknown[])[0] : innerRaw;
  // A layer that names a call is the event itself, whatever else it holds.
  if (inner !== undefined && depth < 3 && !fields.has("callid")) {
    const nested = unwrap(inner, depth + 1);
    if (nested !== null) return { args: nested.args, names: [...nested.names, name] };
  }
  return { args: fields, names: [name] };
}

function parseJson(text: string): unknown {
  if (!/^\s*[[{]/.test(text)) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** "Call-ID", "call_id" and "CallId" are the same key here. */
function fieldsOf(value: unknown): Fields | null {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return null;
  const fields = new Map<string, unknown>();
  for (const [key, field] of Object.entries(value))
    fields.set(key.toLowerCase().replace(/[-_\s]/g, ""), field);
  return fields;
}

/** The first of `keys` holding a non-empty string or a finite number, as trimmed text. */
function text(fields: Fields, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const value = fields.get(key);
    const string = typeof value === "number" && Number.isFinite(value) ? String(value) : value;
    if (typeof string === "string" && string.trim() !== "") return string.trim();
  }
  return undefined;
}

/** "CHANNEL_CREATE" from "CHANNEL_CREATE", "channel_create" (webhooks) or "call.CHANNEL_CREATE.*" (a binding). */
function eventKind(name: string | undefined): string | undefined {
  if (name === undefined) return undefined;
  const upper = name.toUpperCase();
  return /CHANNEL_[A-Z]+/.exec(upper)?.[0] ?? upper;
}

function directionOf(args: Fields, vars: Fields | null): LiveCallSignal["direction"] {
  const explicit = text(args, "direction")?.toLowerCase();
  if (explicit === "from_ab" || explicit === "to_ab") return explicit;
  if (text(args, "calldirection")?.toLowerCase() !== "inbound") return "unknown";
  const authorizing = vars ? text(vars, "authorizingtype")?.toLowerCase() : undefined;
  return authorizing !== undefined && OWN_ENDPOINT_TYPES.has(authorizing) ? "from_ab" : "to_ab";
}

/** "0901234567" from "0901234567@realm", "sip:0901234567@realm" or "<sip:0901234567@realm>". */
function userPart(address: string | undefined): string | undefined {
  if (address === undefined) return undefined;
  const user = address
    .replace(/^<?(sips?:)?/i, "")
    .split("@")[0]
    ?.trim();
  return user === undefined || user === "" ? undefined : user;
}

/** Kazoo Gregorian seconds (documented), or unix seconds, unix ms or date text (inferred); only 2000..2100. */
function timestampOf(raw: unknown): Date | undefined {
  const value = typeof raw === "string" && /^\d+(\.\d+)?$/.test(raw.trim()) ? Number(raw) : raw;
  let seconds: number | undefined;
  if (typeof value === "number" && Number.isFinite(value)) {
    if (value >= YEAR_2000_S + GREGORIAN_TO_UNIX_SECONDS && value < YEAR_2100_S + GREGORIAN_TO_UNIX_SECONDS) {
      seconds = value - GREGORIAN_TO_UNIX_SECONDS;
    } else if (value >= YEAR_2000_S * 1000 && value < YEAR_2100_S * 1000) {
      seconds = value / 1000;
    } else {
      seconds = value;
    }
  } else if (typeof value === "string") {
    seconds = Date.parse(value) / 1000;
  }
  if (seconds === undefined || !(seconds >= YEAR_2000_S && seconds < YEAR_2100_S)) return undefined;
  return new Date(Math.round(seconds * 1000));
}
