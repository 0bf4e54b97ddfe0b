import { hashString, randomInt, seededRandom } from "./random";
import { firstIndexWhere } from "./sorted-search";

/** 8 kHz mono 16-bit PCM: telephone quality, and small enough to stream ten minutes cheaply. */
const SAMPLE_RATE = 8_000;
const MAX_RECORDING_SECONDS = 600;
const BYTES_PER_SAMPLE = 2;
const HEADER_BYTES = 44;
const CHUNK_BYTES = 64 * 1024;
const FADE_SAMPLES = 320; // 40 ms in and out of each turn, so turns start and stop without clicks

/** One speaker's turn in the conversation. */
interface Turn {
  startSample: number;
  endSample: number;
  pitchHz: number;
  syllableHz: number;
}

/**
 * A recording's audio, computed on demand for any byte range: two voices (a higher agent voice and a
 * lower customer voice) take turns speaking in soft harmonic tones with syllable-like pulses, over
 * light line noise. The same identity always gives the same bytes.
 */
export class RecordingAudio {
  readonly contentType = "audio/wav";
  readonly size: number;
  private readonly sampleCount: number;
  private readonly header: Buffer;
  private readonly turns: Turn[];
  private readonly noiseSeed: number;

  constructor(identity: string, seconds: number) {
    const clamped = Math.max(1, Math.min(MAX_RECORDING_SECONDS, Math.round(seconds)));
    this.sampleCount = clamped * SAMPLE_RATE;
    const dataBytes = this.sampleCount * BYTES_PER_SAMPLE;
    this.size = HEADER_BYTES + dataBytes;
    this.header = wavHeader(dataBytes);
    this.noiseSeed = hashString(identity);
    this.turns = conversation(identity, this.sampleCount);
  }

  /** Bytes [start, endInclusive] of the file. */
  read(start: number, endInclusive: number): Buffer {
    const out = Buffer.alloc(endInclusive - start + 1);
    if (start < HEADER_BYTES) this.header.copy(out, 0, start, Math.min(HEADER_BYTES, endInclusive + 1));
    if (endInclusive < HEADER_BYTES) return out;
    const firstByte = Math.max(start, HEADER_BYTES);
    const firstSample = Math.floor((firstByte - HEADER_BYTES) / BYTES_PER_SAMPLE);
    const lastSample = Math.floor((endInclusive - HEADER_BYTES) / BYTES_PER_SAMPLE);
    const pcm = this.renderPcm(firstSample, lastSample - firstSample + 1);
    const skip = firstByte - HEADER_BYTES - firstSample * BYTES_PER_SAMPLE;
    pcm.copy(out, firstByte - start, skip, skip + endInclusive - firstByte + 1);
    return out;
  }

  /** Bytes [start, endInclusive] as a stream of modest chunks (no whole-file buffer). */
  stream(start: number, endInclusive: number): ReadableStream<Uint8Array> {
    let position = start;
    return new ReadableStream<Uint8Array>({
      pull: (controller) => {
        const end = Math.min(endInclusive, position + CHUNK_BYTES - 1);
        controller.enqueue(this.read(position, end));
        position = end + 1;
        if (position > endInclusive) controller.close();
      },
    });
  }

  /** Little-endian 16-bit samples [first, first + count), walking the turns alongside. */
  private renderPcm(first: number, count: number): Buffer {
    const pcm = Buffer.alloc(count * BYTES_PER_SAMPLE);
    const view = new DataView(pcm.buffer, pcm.byteOffset, pcm.byteLength);
    let turnIndex = firstIndexWhere(this.turns.length, (i) => (this.turns[i]?.startSample ?? 0) > first) - 1;
    for (let n = 0; n < count; n++) {
      const index = first + n;
      while ((this.turns[turnIndex + 1]?.startSample ?? Infinity) <= index) turnIndex++;
      let value = lineNoise(this.noiseSeed, index) * 110;
      const turn = this.turns[turnIndex];
      if (turn !== undefined && index < turn.endSample) value += voice(turn, index);
      view.setInt16(n * BYTES_PER_SAMPLE, Math.max(-32768, Math.min(32767, Math.round(value))), true);
    }
    return pcm;
  }
}

/** White noise in [-1, 1), a pure function of (seed, sample) so any range renders alike. */
function lineNoise(seed: number, index: number): number {
  let h = Math.imul(seed ^ index, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return ((h & 0xffff) - 0x8000) / 0x8000;
}

function voice(turn: Turn, index: number): number {
  const t = index / SAMPLE_RATE;
  const fade = Math.min(
    1,
    (index - turn.startSample) / FADE_SAMPLES,
    (turn.endSample - index) / FADE_SAMPLES,
  );
  // Syllable pulses, never fully silent, so it sounds like speech cadence rather than beeps.
  const pulse = 0.5 - 0.5 * Math.cos(2 * Math.PI * turn.syllableHz * t);
  const syllable = 0.35 + 0.65 * pulse * pulse;
  // A slow intonation glide (±4 %), integrated into the phase so the pitch moves smoothly.
  const glideHz = 0.7;
  const phase =
    2 * Math.PI * turn.pitchHz * (t - (0.04 / (2 * Math.PI * glideHz)) * Math.cos(2 * Math.PI * glideHz * t));
  const s1 = Math.sin(phase);
  // sin 2x = 2 sin x cos x, sin 3x = 3 sin x - 4 sin^3 x: harmonics without more trig calls.
  const tone = s1 + 0.9 * s1 * Math.cos(phase) + 0.18 * (3 * s1 - 4 * s1 * s1 * s1);
  return 4_200 * fade * syllable * tone;
}

function conversation(identity: string, sampleCount: number): Turn[] {
  const random = seededRandom("audio", identity);
  const agentPitch = randomInt(random, 196, 235);
  const customerPitch = randomInt(random, 115, 150);
  const turns: Turn[] = [];
  let speaker = random() < 0.7 ? 0 : 1; // the agent usually greets first
  let at = Math.round(0.3 * SAMPLE_RATE);
  while (at < sampleCount) {
    const length = Math.round((1 + random() * 4.5) * SAMPLE_RATE);
    const base = speaker === 0 ? agentPitch : customerPitch;
    turns.push({
      startSample: at,
      endSample: Math.min(sampleCount, at + length),
      pitchHz: base * (0.94 + random() * 0.12),
      syllableHz: 3 + random() * 2.2,
    });
    at += length + Math.round((0.15 + random() * 0.75) * SAMPLE_RATE);
    speaker = 1 - speaker;
  }
  return turns;
}

function wavHeader(dataBytes: number): Buffer {
  const header = Buffer.alloc(HEADER_BYTES);
  header.write("RIFF", 0, "ascii");
  header.writeUInt32LE(HEADER_BYTES - 8 + dataBytes, 4);
  header.write("WAVE", 8, "ascii");
  header.write("fmt ", 12, "ascii");
  header.writeUInt32LE(16, 16); // fmt chunk size
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(SAMPLE_RATE, 24);
  header.writeUInt32LE(SAMPLE_RATE * BYTES_PER_SAMPLE, 28); // byte rate
  header.writeUInt16LE(BYTES_PER_SAMPLE, 32); // block align
  header.writeUInt16LE(16, 34); // bits per sample
  header.write("data", 36, "ascii");
  header.writeUInt32LE(dataBytes, 40);
  return header;
}
