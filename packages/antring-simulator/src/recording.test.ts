import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CallRecord } from "./records";
import { startSimulator } from "./simulator";
import { DAY, NOW, getJson, manualClock, playRecordingUrl, sha256Hex } from "./test/http";
import type { RunningSimulator } from "./types";

describe("recordings", () => {
  const clock = manualClock(NOW);
  let sim: RunningSimulator;
  let recorded: CallRecord[];

  beforeAll(async () => {
    sim = await startSimulator({
      now: clock.now,
      callsPerDay: 200,
      historyDays: 30,
      recordingUrlTtlSeconds: 600,
    });
    recorded = sim.dataset.callsBetween(NOW - 30 * DAY, NOW).filter((r) => r.recording !== "");
  });
  afterAll(() => sim.close());

  const shortCall = (): CallRecord =>
    recorded.find((r) => r.billing_seconds >= 5 && r.billing_seconds <= 30)!;

  async function signedUrl(record: CallRecord): Promise<string> {
    const { status, body } = await getJson(playRecordingUrl(sim, record.recording));
    expect(status).toBe(200);
    return (body as { media: string }).media;
  }

  it("signs an expiring URL on the simulator", async () => {
    const url = new URL(await signedUrl(shortCall()));
    expect(url.origin).toBe(sim.url);
    expect(url.pathname).toBe(`/nkrecord/${shortCall().recording}`);
    expect(url.searchParams.get("AWSAccessKeyId")).toBe("SIM");
    expect(Number(url.searchParams.get("Expires"))).toBe(Math.floor(NOW / 1000) + 600);
    expect(url.searchParams.get("Signature")).toMatch(/^[A-Za-z0-9+/]+=*$/);
  });

  it("serves playable 8 kHz mono 16-bit WAV as long as the talk time", async () => {
    const call = shortCall();
    const response = await fetch(await signedUrl(call));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("audio/wav");
    expect(response.headers.get("accept-ranges")).toBe("bytes");
    const bytes = Buffer.from(await response.arrayBuffer());
    const dataBytes = call.billing_seconds * 8_000 * 2;
    expect(bytes.length).toBe(44 + dataBytes);
    expect(Number(response.headers.get("content-length"))).toBe(bytes.length);
    expect(bytes.toString("ascii", 0, 4)).toBe("RIFF");
    expect(bytes.readUInt32LE(4)).toBe(36 + dataBytes);
    expect(bytes.toString("ascii", 8, 16)).toBe("WAVEfmt ");
    expect([
      bytes.readUInt16LE(20),
      bytes.readUInt16LE(22),
      bytes.readUInt32LE(24),
      bytes.readUInt16LE(34),
    ]).toEqual([1, 1, 8_000, 16]);
    expect(bytes.toString("ascii", 36, 40)).toBe("data");
    expect(bytes.readUInt32LE(40)).toBe(dataBytes);
    // Not silence: speech-like tones well above the noise floor, within 16-bit range.
    let sumSquares = 0;
    for (let i = 44; i < bytes.length; i += 2) sumSquares += bytes.readInt16LE(i) ** 2;
    expect(Math.sqrt(sumSquares / (dataBytes / 2))).toBeGreaterThan(500);
    // Deterministic per call.
    const again = Buffer.from(await (await fetch(await signedUrl(call))).arrayBuffer());
    expect(again.equals(bytes)).toBe(true);
  });

  it("answers Range requests with 206, exact slices, and 416 when unsatisfiable", async () => {
    const url = await signedUrl(shortCall());
    const whole = Buffer.from(await (await fetch(url)).arrayBuffer());
    const size = whole.length;
    for (const [range, start, end] of [
      ["bytes=0-43", 0, 43],
      ["bytes=1001-5000", 1001, 5000],
      ["bytes=3-", 3, size - 1],
      ["bytes=-100", size - 100, size - 1],
    ] as const) {
      const response = await fetch(url, { headers: { range } });
      expect(response.status, range).toBe(206);
      expect(response.headers.get("content-range")).toBe(`bytes ${start}-${end}/${size}`);
      expect(Buffer.from(await response.arrayBuffer()).equals(whole.subarray(start, end + 1)), range).toBe(
        true,
      );
    }
    const unsatisfiable = await fetch(url, { headers: { range: `bytes=${size}-` } });
    expect(unsatisfiable.status).toBe(416);
    expect(unsatisfiable.headers.get("content-range")).toBe(`bytes */${size}`);
    await unsatisfiable.arrayBuffer();
  });

  it("answers HEAD with the headers only, and caps long calls at 600 seconds", async () => {
    const long = recorded.find((r) => r.billing_seconds > 600)!;
    expect(long).toBeDefined();
    const response = await fetch(await signedUrl(long), { method: "HEAD" });
    expect(response.status).toBe(200);
    expect(Number(response.headers.get("content-length"))).toBe(44 + 600 * 8_000 * 2);
    expect((await response.arrayBuffer()).byteLength).toBe(0);
  });

  it("refuses tampered and expired URLs with 403", async () => {
    const url = new URL(await signedUrl(shortCall()));
    const tamperedSignature = new URL(url);
    const signature = url.searchParams.get("Signature")!;
    tamperedSignature.searchParams.set("Signature", (signature[0] === "A" ? "B" : "A") + signature.slice(1));
    const laterExpiry = new URL(url);
    laterExpiry.searchParams.set("Expires", String(Number(url.searchParams.get("Expires")) + 3_600));
    const otherMedia = new URL(url);
    otherMedia.pathname = `/nkrecord/${recorded.find((r) => r.recording !== shortCall().recording)!.recording}`;
    for (const forged of [tamperedSignature, laterExpiry, otherMedia]) {
      const { status, body } = await getJson(forged.toString());
      expect(status).toBe(403);
      expect(body).toEqual({ success: false, message: "SIGNATURE_DOES_NOT_MATCH" });
    }
    expect((await fetch(url)).status).toBe(200);
    clock.advance(601_000);
    try {
      const { status, body } = await getJson(url.toString());
      expect(status).toBe(403);
      expect(body).toEqual({ success: false, message: "REQUEST_EXPIRED" });
    } finally {
      clock.advance(-601_000);
    }
  });

  it("answers MEDIA_NOT_FOUND for unknown names and HASH_NOT_MATCH for a bad hash", async () => {
    const unknown = "call_recording_00000000000000000000.mp3";
    expect(await getJson(playRecordingUrl(sim, unknown))).toMatchObject({
      status: 400,
      body: { success: false, message: "MEDIA_NOT_FOUND" },
    });
    const media = shortCall().recording;
    const wrong = sha256Hex(media + sim.appId + sim.appSecret);
    expect(await getJson(playRecordingUrl(sim, media, wrong))).toMatchObject({
      status: 400,
      body: { success: false, message: "HASH_NOT_MATCH" },
    });
  });
});
