/**
 * Kazoo-style subscription bindings: AMQP topic patterns over routing keys `call.<EVENT>.<CALL-ID>`,
 * where `*` matches one word and `#` any number of words.
 */
const CHANNEL_EVENTS = [
  "CHANNEL_CREATE",
  "CHANNEL_ANSWER",
  "CHANNEL_BRIDGE",
  "CHANNEL_HOLD",
  "CHANNEL_UNHOLD",
  "CHANNEL_DESTROY",
] as const;
export type ChannelEvent = (typeof CHANNEL_EVENTS)[number];

const CALL_BINDING = new RegExp(`^call\\.(${CHANNEL_EVENTS.join("|")}|\\*|#)(\\.[^.]+)*$`);

/** The bindings of a `subscribe` payload: Kazoo accepts `binding` (one) and `bindings` (a list). */
export function requestedBindings(payload: Record<string, unknown>): unknown[] {
  const list = Array.isArray(payload.bindings) ? [...(payload.bindings as unknown[])] : [];
  if (payload.binding !== undefined) list.unshift(payload.binding);
  return list;
}

/** A binding this simulator can serve: call events only. */
export function isCallBinding(binding: unknown): binding is string {
  return typeof binding === "string" && binding.length <= 200 && CALL_BINDING.test(binding);
}

export function routingKey(event: ChannelEvent, callId: string): string {
  return `call.${event}.${callId}`;
}

export function bindingMatches(binding: string, key: string): boolean {
  return matchWords(binding.split("."), 0, key.split("."), 0);
}

function matchWords(pattern: string[], p: number, words: string[], w: number): boolean {
  if (p === pattern.length) return w === words.length;
  const word = pattern[p];
  if (word === "#") {
    for (let skip = w; skip <= words.length; skip++) if (matchWords(pattern, p + 1, words, skip)) return true;
    return false;
  }
  if (w === words.length) return false;
  return (word === "*" || word === words[w]) && matchWords(pattern, p + 1, words, w + 1);
}
