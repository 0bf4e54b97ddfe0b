import { createHash } from "node:crypto";

/** A deterministic source of uniform numbers in [0, 1). */
export type Random = () => number;

/** A seeded generator (sfc32) whose state comes from a SHA-256 of the parts, so any mix of seed,
 *  day and purpose gives an independent, reproducible stream. */
export function seededRandom(...parts: (string | number)[]): Random {
  const digest = createHash("sha256").update(parts.join("\u0000")).digest();
  let a = digest.readUInt32LE(0);
  let b = digest.readUInt32LE(4);
  let c = digest.readUInt32LE(8);
  let d = digest.readUInt32LE(12);
  const next: Random = () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  return next;
}

/** A fast 32-bit mix of integers (used per record and per audio sample, where SHA-256 is too slow). */
export function mix32(...values: number[]): number {
  let h = 0x9e3779b9;
  for (const value of values) {
    h = Math.imul(h ^ (value | 0), 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
  }
  return h >>> 0;
}

/** A 32-bit FNV-1a of a string, for turning names into mix32 inputs. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function randomInt(random: Random, min: number, maxInclusive: number): number {
  return min + Math.floor(random() * (maxInclusive - min + 1));
}

export function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new RangeError("pick from an empty list");
  return item;
}

/** Picks by relative weight; weights need not sum to 1. */
export function pickWeighted<T>(random: Random, choices: readonly (readonly [T, number])[]): T {
  let total = 0;
  for (const [, weight] of choices) total += weight;
  let target = random() * total;
  for (const [item, weight] of choices) {
    target -= weight;
    if (target < 0) return item;
  }
  const last = choices[choices.length - 1];
  if (last === undefined) throw new RangeError("pickWeighted from an empty list");
  return last[0];
}

export function standardNormal(random: Random): number {
  const u = 1 - random(); // (0, 1], so log() stays finite
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** Poisson draw; the normal approximation above a mean of 30 keeps large days cheap. */
export function poisson(random: Random, mean: number): number {
  if (mean <= 0) return 0;
  if (mean > 30) return Math.max(0, Math.round(mean + Math.sqrt(mean) * standardNormal(random)));
  const limit = Math.exp(-mean);
  let count = 0;
  let product = random();
  while (product > limit) {
    count++;
    product *= random();
  }
  return count;
}

const ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789";

export function randomAlnum(random: Random, length: number): string {
  let text = "";
  for (let i = 0; i < length; i++) text += ALNUM[Math.floor(random() * ALNUM.length)];
  return text;
}
