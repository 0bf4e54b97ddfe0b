/** One server-sent event: a name and one line of data (JSON never holds a raw newline). */
export function sseEvent(name: string, data: string): string {
  if (/[\r\n]/.test(name) || /[\r\n]/.test(data)) throw new Error("an SSE field must be one line");
  return `event: ${name}\ndata: ${data}\n\n`;
}

/** Tells EventSource-style clients how long to wait before reconnecting. */
export function sseRetry(ms: number): string {
  return `retry: ${Math.round(ms)}\n\n`;
}

export const SSE_HEADERS = {
  "Content-Type": "text/event-stream; charset=utf-8",
  // no-transform: no compression layer may buffer the stream.
  "Cache-Control": "no-store, no-transform",
  "X-Accel-Buffering": "no",
} as const;
