import type { CallRecord } from "@antdash/antring-core";
import { sha256Hex } from "../util/sha256";

/*
 * Why these keys. AntRing's call history has no call id, yet the cache must never count a call twice (windows are
 * re-read: the incremental sync overlaps, an interrupted backfill resumes) and never merge two different calls.
 *
 * - A non-empty recording file name is unique per call (AntRing names each recording after its call), so such a
 *   record is keyed "rec:<file name>": stable across re-reads whatever else about the record changes.
 * - Otherwise the key is "fp:<fingerprint>:<ordinal>". The fingerprint is the sha256 of a canonical serialization
 *   of all ten documented fields, so the same record read twice gets the same fingerprint. Two genuinely distinct
 *   calls can still be byte-identical (same parties, same second, same outcome and durations, no recording): the
 *   ordinal tells them apart. It counts the byte-identical records that came earlier in the same second of the same
 *   window read (DuplicateOrdinalTracker), so they get ordinals 0 and 1, and a re-read of the window, seeing the
 *   same records in the same order, hands out the same ordinals again.
 *
 * Residual risk: if upstream inserts a late call while a window is being paged, the pages shift; a record can be
 * skipped or seen twice within one read, and in the rare case it is byte-identical to a neighbour in the same second
 * its ordinal can differ from a previous read's (one call counted twice, or two merged). The sync handles this by
 * re-reading recent windows (the incremental overlap) and because writes are idempotent (ON CONFLICT DO NOTHING):
 * a later, stable read of the window fills in whatever a shifting read missed.
 */

/** Bumped if the serialization below ever changes (old keys would no longer match). */
const FINGERPRINT_VERSION = "v1";
const fingerprints = new WeakMap<CallRecord, string>();

/** sha256 (hex) of the ten documented fields in a fixed order; absent usernames and usernames differ from "". */
export function callFingerprint(record: CallRecord): string {
  let fingerprint = fingerprints.get(record);
  if (fingerprint === undefined) {
    fingerprint = sha256Hex(
      JSON.stringify([
        FINGERPRINT_VERSION,
        [record.caller.number, record.caller.type, record.caller.username ?? null],
        [record.callee.number, record.callee.type, record.callee.username ?? null],
        record.class,
        record.did_number,
        record.direction,
        record.status_detail,
        record.duration_seconds,
        record.unix_timestamp,
        record.billing_seconds,
        record.recording,
      ]),
    );
    fingerprints.set(record, fingerprint);
  }
  return fingerprint;
}

/** Our stable key for an upstream record: "rec:<recording>" or "fp:<fingerprint>:<ordinal>". */
export function callKey(record: CallRecord, ordinal: number): string {
  if (record.recording !== "") return `rec:${record.recording}`;
  if (!Number.isInteger(ordinal) || ordinal < 0) throw new RangeError(`ordinal must be a whole number >= 0`);
  return `fp:${callFingerprint(record)}:${ordinal}`;
}

/** Seconds remembered; pages come ordered by time, so only the current second is really needed. */
const SECONDS_REMEMBERED = 16;

/**
 * Streams the records of one window read in upstream order and hands out ordinals: how many byte-identical records
 * (same fingerprint) came earlier in the same second. Use one tracker per window read. Memory stays bounded: it
 * keeps the fingerprints of the last few seconds seen (a little slack in case upstream order is not strict).
 */
export class DuplicateOrdinalTracker {
  private readonly seconds = new Map<number, Map<string, number>>();

  next(record: CallRecord): number {
    let counts = this.seconds.get(record.unix_timestamp);
    if (counts === undefined) {
      counts = new Map();
      this.seconds.set(record.unix_timestamp, counts);
      if (this.seconds.size > SECONDS_REMEMBERED) {
        const oldest = this.seconds.keys().next().value as number;
        this.seconds.delete(oldest);
      }
    }
    const fingerprint = callFingerprint(record);
    const ordinal = counts.get(fingerprint) ?? 0;
    counts.set(fingerprint, ordinal + 1);
    return ordinal;
  }
}
