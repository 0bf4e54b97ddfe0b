import { InvalidSimulatorOptionError } from "./errors";
import { seededRandom, type Random } from "./random";
import type { ClickToCallBody, RecordingShape, SimulatorFaults } from "./types";

export const DEFAULT_FAULTS: Readonly<SimulatorFaults> = Object.freeze({
  failureRate: 0,
  failureStatuses: [503, 500],
  failureRoutes: "histories",
  latencyMs: 0,
  rateLimitPerSecond: null,
  malformedRate: 0,
  correctionRate: 0,
  clickToCallBody: "json",
  recordingShape: "media",
});

export const CLICK_TO_CALL_BODIES: readonly ClickToCallBody[] = ["empty", "text", "json"];
export const RECORDING_SHAPES: readonly RecordingShape[] = ["media", "data", "success", "bare"];

function requireFraction(name: string, value: number): void {
  if (!(value >= 0 && value <= 1)) throw new InvalidSimulatorOptionError(name, "must be between 0 and 1");
}

/** Merges a partial fault setting into the current one, rejecting nonsense values. */
export function mergeFaults(current: SimulatorFaults, change: Partial<SimulatorFaults>): SimulatorFaults {
  const next: SimulatorFaults = { ...current, ...change };
  requireFraction("failureRate", next.failureRate);
  requireFraction("malformedRate", next.malformedRate);
  requireFraction("correctionRate", next.correctionRate);
  if (!CLICK_TO_CALL_BODIES.includes(next.clickToCallBody)) {
    throw new InvalidSimulatorOptionError(
      "clickToCallBody",
      `must be one of ${CLICK_TO_CALL_BODIES.join(", ")}`,
    );
  }
  if (!RECORDING_SHAPES.includes(next.recordingShape)) {
    throw new InvalidSimulatorOptionError("recordingShape", `must be one of ${RECORDING_SHAPES.join(", ")}`);
  }
  if (
    next.failureStatuses.length === 0 ||
    next.failureStatuses.some((s) => !(Number.isInteger(s) && s >= 400 && s <= 599))
  ) {
    throw new InvalidSimulatorOptionError("failureStatuses", "must be a non-empty list of statuses 400-599");
  }
  if (next.failureRoutes !== "histories" && next.failureRoutes !== "all") {
    throw new InvalidSimulatorOptionError("failureRoutes", 'must be "histories" or "all"');
  }
  if (!(next.latencyMs >= 0 && Number.isFinite(next.latencyMs))) {
    throw new InvalidSimulatorOptionError("latencyMs", "must be a non-negative number");
  }
  if (
    next.rateLimitPerSecond !== null &&
    !(Number.isInteger(next.rateLimitPerSecond) && next.rateLimitPerSecond >= 1)
  ) {
    throw new InvalidSimulatorOptionError("rateLimitPerSecond", "must be a positive integer or null");
  }
  return { ...next, failureStatuses: [...next.failureStatuses] };
}

/**
 * Fixed one-second windows per appId. Uses the real monotonic clock, not the simulated one: a
 * frozen data clock must not freeze the window (which would block every later request).
 */
export class RateLimiter {
  private windowStart = -Infinity;
  private readonly counts = new Map<string, number>();

  constructor(private readonly clock: () => number = () => performance.now()) {}

  /** Counts one request; false when it goes over the limit. */
  admit(appId: string, limitPerSecond: number): boolean {
    const now = this.clock();
    if (now - this.windowStart >= 1000) {
      this.windowStart = now;
      this.counts.clear();
    }
    const count = (this.counts.get(appId) ?? 0) + 1;
    this.counts.set(appId, count);
    return count <= limitPerSecond;
  }
}

/** Decides which requests fail; seeded, so a run with the same requests fails the same ones. */
export class FailureInjector {
  private readonly random: Random;

  constructor(seed: number | string) {
    this.random = seededRandom("faults", seed);
  }

  /** The status to fail with, or null to let the request through. */
  draw(faults: SimulatorFaults): number | null {
    if (faults.failureRate <= 0) return null;
    const roll = this.random();
    if (roll >= faults.failureRate) return null;
    return faults.failureStatuses[Math.floor(this.random() * faults.failureStatuses.length)] ?? 500;
  }
}
