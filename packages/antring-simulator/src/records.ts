/**
 * The call-history record exactly as AntRing documents it (snake_case field names kept so the JSON
 * matches upstream). The simulator keeps its own copy of this type on purpose: it is an independent
 * implementation of the documented API, so it can catch mistakes in the client.
 */
export const DIRECTIONS = ["from_ab", "to_ab"] as const;
export const CALL_CLASSES = ["one_one", "trunking"] as const;
export const STATUS_DETAILS = ["SUCCESS", "CANCELLED", "BUSY", "IVR", "UNSUCCESS"] as const;
export const PARTY_TYPES = ["realnumber", "user"] as const;

export type Direction = (typeof DIRECTIONS)[number];
export type CallClass = (typeof CALL_CLASSES)[number];
export type StatusDetail = (typeof STATUS_DETAILS)[number];
export type PartyType = (typeof PARTY_TYPES)[number];

export interface CallParty {
  number: string;
  type: PartyType;
  /** Present only when type is "user". */
  username?: string;
}

export interface CallRecord {
  caller: CallParty;
  callee: CallParty;
  class: CallClass;
  /** Company DID; null for internal and outbound calls. */
  did_number: string | null;
  direction: Direction;
  status_detail: StatusDetail;
  duration_seconds: number;
  /** Seconds since the epoch: when the call started. */
  unix_timestamp: number;
  /** Talk time; 0 unless the call was answered. */
  billing_seconds: number;
  /** Recording file name, "" when the call was not recorded. */
  recording: string;
}

/** Every field of a record, in the documented order. */
export const CALL_RECORD_FIELDS = [
  "caller",
  "callee",
  "class",
  "did_number",
  "direction",
  "status_detail",
  "duration_seconds",
  "unix_timestamp",
  "billing_seconds",
  "recording",
] as const satisfies readonly (keyof CallRecord)[];
