import { createParser, type EventSourceMessage } from "eventsource-parser";
import { describe, expect, it } from "vitest";
import { sseEvent, sseRetry } from "./sse";

describe("server-sent events", () => {
  it("are read back by an SSE parser as sent, in order", () => {
    const events: EventSourceMessage[] = [];
    let retry = 0;
    const parser = createParser({ onEvent: (e) => events.push(e), onRetry: (ms) => (retry = ms) });
    const text =
      sseRetry(3000) + sseEvent("snapshot", JSON.stringify({ a: "x\ny" })) + sseEvent("ping", "{}");
    // Split at an awkward place, as a network would.
    parser.feed(text.slice(0, 17));
    parser.feed(text.slice(17));
    expect(retry).toBe(3000);
    expect(events.map((e) => [e.event, e.data])).toEqual([
      ["snapshot", '{"a":"x\\ny"}'],
      ["ping", "{}"],
    ]);
  });

  it("refuse a field that would break the framing", () => {
    expect(() => sseEvent("snapshot", "a\nb")).toThrow();
    expect(() => sseEvent("a\nb", "{}")).toThrow();
  });
});
