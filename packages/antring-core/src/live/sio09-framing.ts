/**
 * Socket.IO 0.9 framing (socket.io-spec, protocol 1), written by hand: no maintained client for it exists and
 * the old one (socket.io-client 0.9) needs a ws@0.4 that does not build on Node 20. A frame is
 * `type ':' [id ['+']] ':' [endpoint] [':' data]`; several frames may be joined as `\ufffd<length>\ufffd<frame>…`.
 */
const SIO09_TYPES = [
  "disconnect",
  "connect",
  "heartbeat",
  "message",
  "json",
  "event",
  "ack",
  "error",
  "noop",
] as const;
export type Sio09Type = (typeof SIO09_TYPES)[number];

export interface Sio09Packet {
  type: Sio09Type;
  /** Message id; `ackData` when it ends in "+" (the sender wants the ack to carry data). */
  id?: string;
  ackData?: boolean;
  endpoint: string;
  data?: string;
}

/** Error reasons and advice, by index (spec). */
const ERROR_REASONS = ["transport not supported", "client not handshaken", "unauthorized"];
const ERROR_ADVICE = ["reconnect"];

const FRAME = /^([0-8]):([^:]*):([^:]*)(?::([\s\S]*))?$/;
const MULTI = "\ufffd";

export function encodeSio09(packet: Sio09Packet): string {
  const code = SIO09_TYPES.indexOf(packet.type);
  const id = packet.id === undefined ? "" : `${packet.id}${packet.ackData ? "+" : ""}`;
  const head = `${code}:${id}:${packet.endpoint}`;
  return packet.data === undefined ? head : `${head}:${packet.data}`;
}

/** An event frame: `5:[id+]::{"name":…,"args":[…]}`. */
export function encodeSio09Event(name: string, args: readonly unknown[], ackId?: string): string {
  return encodeSio09({
    type: "event",
    endpoint: "",
    data: JSON.stringify({ name, args }),
    ...(ackId !== undefined && { id: ackId, ackData: true }),
  });
}

/** Decodes one frame or a joined payload; malformed frames are skipped (never throws). */
export function decodeSio09(text: string): Sio09Packet[] {
  return text.startsWith(MULTI) ? splitJoined(text).flatMap(decodeFrame) : decodeFrame(text);
}

function splitJoined(text: string): string[] {
  const frames: string[] = [];
  let at = 0;
  while (at < text.length && text[at] === MULTI) {
    const end = text.indexOf(MULTI, at + 1);
    if (end < 0) break;
    const length = Number(text.slice(at + 1, end));
    if (!Number.isInteger(length) || length < 0) break;
    frames.push(text.slice(end + 1, end + 1 + length));
    at = end + 1 + length;
  }
  return frames;
}

function decodeFrame(frame: string): Sio09Packet[] {
  const match = FRAME.exec(frame);
  if (match === null) return [];
  const [, code, rawId, endpoint, data] = match;
  const packet: Sio09Packet = { type: SIO09_TYPES[Number(code)]!, endpoint: endpoint ?? "" };
  if (rawId) {
    packet.ackData = rawId.endsWith("+");
    packet.id = packet.ackData ? rawId.slice(0, -1) : rawId;
  }
  if (data !== undefined) packet.data = data;
  return [packet];
}

/** An event packet's name and arguments; null when its data is not `{name, args}` JSON. */
export function sio09Event(packet: Sio09Packet): { name: string; args: unknown[] } | null {
  if (packet.type !== "event" || packet.data === undefined) return null;
  try {
    const parsed = JSON.parse(packet.data) as { name?: unknown; args?: unknown };
    if (typeof parsed.name !== "string") return null;
    return { name: parsed.name, args: Array.isArray(parsed.args) ? parsed.args : [] };
  } catch {
    return null;
  }
}

/** An ack packet `6:::<id>+[args]`: the id acknowledged and its arguments. */
export function sio09Ack(packet: Sio09Packet): { id: string; args: unknown[] } | null {
  if (packet.type !== "ack" || packet.data === undefined) return null;
  const match = /^(\d+)(?:\+([\s\S]*))?$/.exec(packet.data);
  if (match === null) return null;
  try {
    const args: unknown = match[2] === undefined ? [] : JSON.parse(match[2]);
    return { id: match[1]!, args: Array.isArray(args) ? args : [args] };
  } catch {
    return null;
  }
}

/** An error packet's data `reason+advice` (indexes or text) in words. */
export function describeSio09Error(data: string | undefined): string {
  const [reason = "", advice] = (data ?? "").split("+");
  const indexed = (text: string, words: readonly string[]): string | undefined =>
    /^\d+$/.test(text) ? words[Number(text)] : undefined;
  const words = indexed(reason, ERROR_REASONS) ?? (reason || "unspecified error");
  const hint = advice === undefined ? undefined : (indexed(advice, ERROR_ADVICE) ?? advice);
  return hint ? `${words} (advice: ${hint})` : words;
}

/** The handshake answer `sid:heartbeat:close:transports`. */
export interface Sio09Handshake {
  sid: string;
  /** Seconds; 0/absent when the server sends no heartbeats. */
  heartbeatTimeoutS: number;
  closeTimeoutS: number;
  transports: string[];
}

export function parseSio09Handshake(body: string): Sio09Handshake | null {
  const parts = body.trim().split(":");
  if (parts.length < 4 || !/^[\w-]+$/.test(parts[0]!)) return null;
  const [sid, heartbeat, close, transports] = parts as [string, string, string, string];
  return {
    sid,
    heartbeatTimeoutS: Number(heartbeat) || 0,
    closeTimeoutS: Number(close) || 0,
    transports: transports.split(",").filter((t) => t.length > 0),
  };
}
