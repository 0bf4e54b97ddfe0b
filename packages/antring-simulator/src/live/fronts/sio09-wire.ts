/**
 * The server's side of Socket.IO 0.9 framing (socket.io-spec, protocol 1): `type:id:endpoint:data`, types
 * 0 disconnect, 1 connect, 2 heartbeat, 5 event, 6 ack, 7 error. Kept apart from antring-core's client framing
 * on purpose: the simulator is the independent other end the client is tested against.
 */
export const CONNECT_FRAME = "1::";
export const HEARTBEAT_FRAME = "2::";
export const DISCONNECT_FRAME = "0::";

export function eventFrame(name: string, args: readonly unknown[]): string {
  return `5:::${JSON.stringify({ name, args })}`;
}

/** The answer to an event sent with id `id+`: `6:::id+[args]`. */
export function ackFrame(id: string, args: readonly unknown[]): string {
  return `6:::${id}+${JSON.stringify(args)}`;
}

export type ClientFrame =
  | { type: "disconnect" }
  | { type: "heartbeat" }
  | { type: "event"; name: string; args: unknown[]; ackId?: string }
  | { type: "other" };

/** One frame from the client; joined frames (`\ufffd<len>\ufffd…`) are not sent over websocket by 0.9 clients. */
export function readClientFrame(text: string): ClientFrame {
  const match = /^(\d):(\d*)\+?:[^:]*(?::([\s\S]*))?$/.exec(text);
  if (match === null) return { type: "other" };
  const [, type, id, data] = match;
  if (type === "0") return { type: "disconnect" };
  if (type === "2") return { type: "heartbeat" };
  if (type !== "5" || data === undefined) return { type: "other" };
  try {
    const event = JSON.parse(data) as { name?: unknown; args?: unknown };
    if (typeof event.name !== "string") return { type: "other" };
    const args = Array.isArray(event.args) ? (event.args as unknown[]) : [];
    return id
      ? { type: "event", name: event.name, args, ackId: id }
      : { type: "event", name: event.name, args };
  } catch {
    return { type: "other" };
  }
}
