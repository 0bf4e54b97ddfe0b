import { describe, expect, it } from "vitest";
import { RecordingAudio } from "./audio";
import { parseByteRange } from "./byte-range";

describe("RecordingAudio", () => {
  it("renders any byte range identically to the same slice of the whole file", () => {
    const audio = new RecordingAudio("call_recording_test.mp3", 7);
    const whole = audio.read(0, audio.size - 1);
    expect(whole.length).toBe(44 + 7 * 16_000);
    for (const [start, end] of [
      [0, 0],
      [40, 47],
      [43, 44],
      [45, 45],
      [1_001, 30_000],
      [audio.size - 3, audio.size - 1],
    ] as const) {
      expect(audio.read(start, end).equals(whole.subarray(start, end + 1)), `${start}-${end}`).toBe(true);
    }
    expect(new RecordingAudio("call_recording_other.mp3", 7).read(0, audio.size - 1).equals(whole)).toBe(
      false,
    );
  });

  it("streams in chunks that add up to the requested range", async () => {
    const audio = new RecordingAudio("call_recording_stream.mp3", 20);
    const chunks: Uint8Array[] = [];
    const reader = audio.stream(10, audio.size - 1).getReader();
    for (let next = await reader.read(); !next.done; next = await reader.read()) chunks.push(next.value);
    expect(chunks.length).toBeGreaterThan(1);
    expect(Buffer.concat(chunks).equals(audio.read(10, audio.size - 1))).toBe(true);
  });
});

describe("parseByteRange", () => {
  it.each([
    [undefined, { kind: "whole" }],
    ["bytes=0-9", { kind: "partial", start: 0, end: 9 }],
    ["bytes=90-", { kind: "partial", start: 90, end: 99 }],
    ["bytes=-10", { kind: "partial", start: 90, end: 99 }],
    ["bytes=-500", { kind: "partial", start: 0, end: 99 }],
    ["bytes=50-500", { kind: "partial", start: 50, end: 99 }],
    ["bytes=100-", { kind: "unsatisfiable" }],
    ["bytes=-0", { kind: "unsatisfiable" }],
    ["bytes=9-3", { kind: "whole" }],
    ["bytes=0-1,5-6", { kind: "whole" }],
    ["items=0-1", { kind: "whole" }],
  ])("%s on 100 bytes", (header, expected) => {
    expect(parseByteRange(header, 100)).toEqual(expected);
  });
});
