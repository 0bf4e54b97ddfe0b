import { mix32 } from "./random";
import { CALL_RECORD_FIELDS, type CallRecord } from "./records";

/** How a record is spoiled when malformedRate picks it; each exercises a different client check. */
type Spoiler = (record: Record<string, unknown>, variant: number) => void;

const SPOILERS: readonly Spoiler[] = [
  // missing field
  (record, variant) => {
    delete record[CALL_RECORD_FIELDS[variant % CALL_RECORD_FIELDS.length] ?? "caller"];
  },
  // wrong type
  (record, variant) => {
    if (variant % 3 === 0) record.duration_seconds = String(record.duration_seconds);
    else if (variant % 3 === 1)
      record.unix_timestamp = new Date(Number(record.unix_timestamp) * 1000).toISOString();
    else record.caller = "0901234567";
  },
  // unknown enum value
  (record, variant) => {
    if (variant % 3 === 0) record.status_detail = "VOICEMAIL";
    else if (variant % 3 === 1) record.direction = "inbound";
    else record.class = "conference";
  },
  // absurd duration
  (record, variant) => {
    if (variant % 3 === 0) record.duration_seconds = -42;
    else if (variant % 3 === 1) record.duration_seconds = 99_999_999;
    else record.billing_seconds = Number(record.duration_seconds) + 500;
  },
];

/** The record as served: corrupted when this record's fixed roll falls under malformedRate. */
export function serveRecord(record: CallRecord, key: number, malformedRate: number): unknown {
  if (malformedRate <= 0 || mix32(key, 0xbad) / 4294967296 >= malformedRate) return record;
  const spoiled: Record<string, unknown> = structuredClone(record) as unknown as Record<string, unknown>;
  const roll = mix32(key, 0xbad, 1);
  const spoiler = SPOILERS[roll % SPOILERS.length];
  spoiler?.(spoiled, roll >>> 8);
  return spoiled;
}
