import { describe, expect, it } from "vitest";
import { CallDataset } from "../dataset";
import type { CallRecord } from "../records";
import { manualClock, NOW } from "../test/http";
import type { ChannelEvent } from "./bindings";
import type { KazooFrame } from "./kazoo-events";
import { LiveSignals, type SignalSink } from "./live-signals";
import { TrafficSignals } from "./traffic-signals";

const GREGORIAN_TO_UNIX_SECONDS = 62_167_219_200;
const MINUTE = 60_000;

/** A sink that keeps every frame it is given. */
class RecordingSink implements SignalSink {
  readonly frames: KazooFrame[] = [];
  publish(_event: ChannelEvent, _callId: string, frame: () => KazooFrame): void {
    this.frames.push(frame());
  }
}

const unixSeconds = (frame: KazooFrame): number =>
  (frame.args.Timestamp as number) - GREGORIAN_TO_UNIX_SECONDS;

describe("TrafficSignals", () => {
  it("sends the generated calls' events as they fall due, consistent with what history shows", () => {
    const clock = manualClock(NOW); // a Wednesday afternoon in Vietnam: busy
    const dataset = new CallDataset({ seed: 7, now: clock.now, callsPerDay: 400, historyDays: 2 });
    const sink = new RecordingSink();
    const signals = new LiveSignals("acc");
    signals.attach(sink);
    const traffic = new TrafficSignals(dataset, signals, clock.now);
    traffic.start();
    try {
      const startMs = clock.now();
      const visibleBefore = dataset.callsBetween(startMs - 86_400_000, startMs);
      for (let minute = 0; minute < 20; minute++) {
        clock.advance(MINUTE);
        traffic.tick();
      }
      traffic.tick(); // the clock did not move: nothing new
      const endMs = clock.now();

      const { frames } = sink;
      expect(frames.length).toBeGreaterThan(10);
      const times = frames.map(unixSeconds);
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(Math.min(...times) * 1000).toBeGreaterThan(startMs);
      expect(Math.max(...times) * 1000).toBeLessThanOrEqual(endMs);

      // Every call that ended in the window was destroyed exactly once, with the record's own numbers.
      const key = (caller: unknown, billing: unknown, duration: unknown, end: unknown): string =>
        [caller, billing, duration, end].map(String).join("|");
      const recordKey = (r: CallRecord): string =>
        key(
          r.caller.number,
          String(r.billing_seconds),
          String(r.duration_seconds),
          r.unix_timestamp + r.duration_seconds,
        );
      const ended = dataset.callsBetween(startMs - 86_400_000, endMs).map(recordKey);
      for (const before of visibleBefore.map(recordKey)) {
        const index = ended.indexOf(before);
        expect(index).toBeGreaterThanOrEqual(0); // history only ever gains calls
        ended.splice(index, 1);
      }
      const destroyed = frames.filter((f) => f.name === "CHANNEL_DESTROY");
      expect(ended.length).toBeGreaterThan(3);
      expect(
        destroyed
          .map((f) =>
            key(
              f.args["Caller-ID-Number"],
              f.args["Billing-Seconds"],
              f.args["Duration-Seconds"],
              unixSeconds(f),
            ),
          )
          .sort(),
      ).toEqual(ended.sort());

      // Per call: create, then answer (answered calls only), then destroy.
      const byCall = new Map<string, KazooFrame[]>();
      for (const frame of frames)
        byCall.set(frame.args["Call-ID"] as string, [
          ...(byCall.get(frame.args["Call-ID"] as string) ?? []),
          frame,
        ]);
      for (const callFrames of byCall.values()) {
        const names = callFrames.map((f) => f.name);
        expect([
          ["CHANNEL_CREATE"],
          ["CHANNEL_CREATE", "CHANNEL_ANSWER"],
          ["CHANNEL_CREATE", "CHANNEL_ANSWER", "CHANNEL_DESTROY"],
          ["CHANNEL_CREATE", "CHANNEL_DESTROY"],
          ["CHANNEL_ANSWER", "CHANNEL_DESTROY"],
          ["CHANNEL_ANSWER"],
          ["CHANNEL_DESTROY"],
        ]).toContainEqual(names);
        const destroy = callFrames.find((f) => f.name === "CHANNEL_DESTROY");
        const answered = callFrames.some((f) => f.name === "CHANNEL_ANSWER");
        if (destroy && names[0] === "CHANNEL_CREATE")
          expect(answered).toBe(
            destroy.args["Hangup-Cause"] === "NORMAL_CLEARING" && destroy.args["Billing-Seconds"] !== "0",
          );
      }

      // What is still in progress is what was created or answered and not yet destroyed.
      const open = [...byCall]
        .filter(([, f]) => !f.some((x) => x.name === "CHANNEL_DESTROY"))
        .map(([id]) => id);
      expect(
        signals
          .liveCalls()
          .map((c) => c.callId)
          .sort(),
      ).toEqual(open.sort());
    } finally {
      traffic.stop();
    }
  });
});
