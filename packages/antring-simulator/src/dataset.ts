import { generateDay, type GeneratedCall, type GeneratorSettings } from "./call-generator";
import { DayCalls } from "./day-calls";
import { listedVersion } from "./corrections";
import { CustomerBook } from "./directory";
import { hashString } from "./random";
import type { CallRecord } from "./records";
import { DAY_MS } from "./traffic-shape";
import type { SimulatorDataset } from "./types";

export interface DatasetSettings {
  seed: number | string;
  callsPerDay: number;
  historyDays: number;
  now: () => number;
}

/**
 * The simulated call history: generated lazily one UTC day at a time and cached; a call is visible
 * once it has ended by the clock, so with a running clock new calls keep arriving.
 */
export class CallDataset implements SimulatorDataset {
  private readonly generator: GeneratorSettings;
  private readonly days = new Map<number, DayCalls>();
  private readonly recordings = new Map<string, CallRecord>();
  private readonly now: () => number;
  /** History starts here and never moves, so a long-running simulator only ever gains calls. */
  readonly startMs: number;
  /** Share of calls first listed in an earlier form and corrected later (see corrections.ts); runtime-changeable. */
  correctionRate = 0;

  constructor(settings: DatasetSettings) {
    this.now = settings.now;
    this.startMs = settings.now() - settings.historyDays * DAY_MS;
    this.generator = {
      seed: settings.seed,
      seedHash: hashString(String(settings.seed)),
      callsPerDay: settings.callsPerDay,
      customers: new CustomerBook(settings.seed, settings.callsPerDay),
    };
  }

  range(): { fromMs: number; toMs: number } {
    return { fromMs: this.startMs, toMs: this.now() };
  }

  callsBetween(fromMs: number, toMs: number): CallRecord[] {
    return this.page(fromMs, toMs, 0, Number.MAX_SAFE_INTEGER).map((call) => call.record);
  }

  /** Visible calls started in [fromMs, toMs], newest first, skipping `offset` and taking `limit`, each as it is
   *  listed now (a call due for a correction is still in its earlier form). */
  page(fromMs: number, toMs: number, offset: number, limit: number): GeneratedCall[] {
    const nowMs = this.now();
    const fromSec = Math.ceil(Math.max(fromMs, this.startMs) / 1000);
    const toSec = Math.floor(Math.min(toMs, nowMs) / 1000);
    const nowSec = Math.floor(nowMs / 1000);
    const result: GeneratedCall[] = [];
    if (fromSec > toSec) return result;
    let skip = offset;
    const firstDay = Math.floor((fromSec * 1000) / DAY_MS);
    for (let day = Math.floor((toSec * 1000) / DAY_MS); day >= firstDay && result.length < limit; day--) {
      const slice = this.day(day).visible(fromSec, toSec, nowSec);
      if (skip >= slice.size) {
        skip -= slice.size;
        continue;
      }
      for (let rank = skip; rank < slice.size && result.length < limit; rank++) {
        result.push(listedVersion(slice.newest(rank), this.correctionRate, nowSec));
      }
      skip = 0;
    }
    return result;
  }

  /** Every call (visible or not yet) starting in [fromSec, toSec], oldest first: the live traffic. */
  callsStartingBetween(fromSec: number, toSec: number): GeneratedCall[] {
    const calls: GeneratedCall[] = [];
    const lastDay = Math.floor((toSec * 1000) / DAY_MS);
    for (let day = Math.floor((fromSec * 1000) / DAY_MS); day <= lastDay; day++) {
      calls.push(...this.day(day).startingBetween(fromSec, toSec));
    }
    return calls;
  }

  /** The visible call that owns this recording file name, if any. */
  findRecording(media: string): CallRecord | undefined {
    if (!this.recordings.has(media)) this.generateThroughToday();
    const record = this.recordings.get(media);
    if (record === undefined) return undefined;
    const visible =
      record.unix_timestamp * 1000 >= this.startMs &&
      (record.unix_timestamp + record.duration_seconds) * 1000 <= this.now();
    return visible ? record : undefined;
  }

  /** Adds a call made while the simulator runs (click-to-call). */
  addCall(call: GeneratedCall): void {
    this.day(Math.floor((call.record.unix_timestamp * 1000) / DAY_MS)).insert(call);
    if (call.record.recording !== "") this.recordings.set(call.record.recording, call.record);
  }

  private generateThroughToday(): void {
    const last = Math.floor(this.now() / DAY_MS);
    for (let day = Math.floor(this.startMs / DAY_MS); day <= last; day++) this.day(day);
  }

  private day(dayIndex: number): DayCalls {
    let calls = this.days.get(dayIndex);
    if (calls === undefined) {
      calls = new DayCalls(generateDay(this.generator, dayIndex));
      this.days.set(dayIndex, calls);
      for (const { record } of calls.all()) {
        if (record.recording !== "") this.recordings.set(record.recording, record);
      }
    }
    return calls;
  }
}
