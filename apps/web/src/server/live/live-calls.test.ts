import { LiveCallBoard, type LiveCallSignal } from "@antdash/antring-core";
import { describe, expect, it } from "vitest";
import { LiveCalls } from "./live-calls";
import type { LiveBoardView } from "./live-view";

const signal = (
  callId: string,
  state: LiveCallSignal["state"],
  extra: Partial<LiveCallSignal> = {},
): LiveCallSignal => ({
  callId,
  state,
  direction: "to_ab",
  caller: "0903123456",
  callee: "101",
  did: "02873019555",
  agent: null,
  at: new Date("2026-11-27T03:00:00Z"),
  raw: { secret: "upstream event" },
  ...extra,
});

describe("LiveCalls", () => {
  it("publishes the board on every change, without the raw upstream event", () => {
    const calls = new LiveCalls(new LiveCallBoard());
    const seen: LiveBoardView[] = [];
    calls.subscribe((view) => seen.push(view));
    calls.status({ state: "connected" });
    calls.apply(signal("a", "ringing"));
    calls.apply(signal("a", "answered", { agent: "thutranhtkbee", at: new Date("2026-11-27T03:00:09Z") }));
    expect(seen.at(-1)).toEqual({
      connected: true,
      calls: [
        {
          callId: "a",
          state: "answered",
          direction: "to_ab",
          caller: "0903123456",
          callee: "101",
          did: "02873019555",
          agent: "thutranhtkbee",
          since: new Date("2026-11-27T03:00:09Z"),
        },
      ],
    });
    expect(JSON.stringify(seen)).not.toContain("upstream event");
  });

  it("tells its end listeners when a call ends and takes the call off the board", () => {
    const calls = new LiveCalls(new LiveCallBoard());
    const ended: string[] = [];
    calls.onCallEnded((s) => ended.push(s.callId));
    calls.apply(signal("a", "ringing"));
    calls.apply(signal("a", "ended"));
    expect(ended).toEqual(["a"]);
    expect(calls.view().calls).toEqual([]);
  });

  it("starts over from a clean board after a reconnect, so calls that ended meanwhile do not linger", () => {
    const calls = new LiveCalls(new LiveCallBoard());
    calls.status({ state: "connected" });
    calls.apply(signal("a", "answered"));
    calls.status({ state: "disconnected", reason: "transport close" });
    expect(calls.view()).toMatchObject({ connected: false, calls: [{ callId: "a" }] });
    calls.status({ state: "connecting" });
    calls.status({ state: "connected" });
    expect(calls.view()).toEqual({ connected: true, calls: [] });
  });

  it("reports the feed's state, protocol and last failure for the sync page", () => {
    const calls = new LiveCalls(new LiveCallBoard());
    expect(calls.feed()).toEqual({ state: "off", protocol: null, reason: null });
    calls.status({ state: "connecting" });
    calls.status({ state: "connected", protocol: "sio2" });
    expect(calls.feed()).toEqual({ state: "connected", protocol: "sio2", reason: null });
    calls.status({ state: "disconnected", reason: "transport close" });
    calls.status({ state: "connecting" });
    expect(calls.feed()).toEqual({ state: "connecting", protocol: "sio2", reason: "transport close" });
    calls.status({ state: "error", reason: "connect failed: sio2: xhr poll error" });
    expect(calls.feed()).toEqual({
      state: "error",
      protocol: "sio2",
      reason: "connect failed: sio2: xhr poll error",
    });
  });
});
