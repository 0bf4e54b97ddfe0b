import type { GeneratedCall } from "./call-generator";
import { mix32 } from "./random";
import type { CallRecord } from "./records";

/** What a corrected call looked like when first listed; the generated record is its final, corrected version. */
export type CorrectionKind = "recording" | "did" | "duration";

const SALT = 0x5eed_c0de;
/** A correction shows this long after the call ends: 1 to 21 minutes, well inside the sync's 2 h settle margin. */
const MIN_DELAY_SECONDS = 60;
const DELAY_SPREAD_SECONDS = 1200;

/**
 * AntRing can list a call again later with a field filled in or corrected. With `correctionRate` R, a share R of
 * calls (chosen per call key, so deterministic per seed) is first listed in an earlier form: without its recording,
 * without its DID, or with a longer duration; from a few minutes after the call ended it is listed as generated.
 */
export function listedVersion(call: GeneratedCall, correctionRate: number, nowSec: number): GeneratedCall {
  if (correctionRate <= 0 || call.placed === true) return call;
  const roll = mix32(call.key, SALT);
  if (roll / 4294967296 >= correctionRate) return call;
  const { record } = call;
  const correctedAt =
    record.unix_timestamp + record.duration_seconds + MIN_DELAY_SECONDS + (roll % DELAY_SPREAD_SECONDS);
  if (nowSec >= correctedAt) return call;
  return { ...call, record: earlierForm(record, correctionKind(record, mix32(roll, SALT))) };
}

/** The preferred kind when the record has that field; a duration can always be corrected. */
function correctionKind(record: CallRecord, roll: number): CorrectionKind {
  const preferred = (["recording", "did", "duration"] as const)[roll % 3] ?? "duration";
  if (preferred === "recording" && record.recording !== "") return "recording";
  if (preferred === "did" && record.did_number !== null) return "did";
  return "duration";
}

function earlierForm(record: CallRecord, kind: CorrectionKind): CallRecord {
  if (kind === "recording") return { ...record, recording: "" };
  if (kind === "did") return { ...record, did_number: null };
  // Listed first with the ringing of the hang-up counted in, later trimmed: billing stays within the duration.
  return { ...record, duration_seconds: record.duration_seconds + 1 + (record.unix_timestamp % 29) };
}
