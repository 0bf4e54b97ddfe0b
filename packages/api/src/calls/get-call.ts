import type { Database } from "@antdash/db";
import { NotFoundError } from "../errors";
import { type CallDetail, type CallListSqlRow, LIST_COLUMNS_SQL, toCallListRow } from "./call-views";

export class CallNotFoundError extends NotFoundError {
  constructor() {
    super("This call is not in the cache.");
  }
}

/** Every field of one call (the recording only as `hasRecording`). Throws CallNotFoundError. */
export async function getCall(db: Database, id: string): Promise<CallDetail> {
  const { rows } = await db.pool.query<
    CallListSqlRow & {
      caller_type: string;
      callee_type: string;
      unix_timestamp: number;
      local_date: string;
      local_hour: number;
      local_weekday: number;
      fingerprint: string;
      synced_at: Date;
    }
  >(
    `SELECT ${LIST_COLUMNS_SQL}, caller_type, callee_type, unix_timestamp, to_char(local_date, 'YYYY-MM-DD') AS local_date,
            local_hour, local_weekday, fingerprint, synced_at
       FROM calls WHERE id = $1`,
    [id],
  );
  const row = rows[0];
  if (!row) throw new CallNotFoundError();
  return {
    ...toCallListRow(row),
    callerType: row.caller_type,
    calleeType: row.callee_type,
    unixTimestamp: row.unix_timestamp,
    localDate: row.local_date,
    localHour: row.local_hour,
    localWeekday: row.local_weekday,
    fingerprint: row.fingerprint,
    syncedAt: row.synced_at,
  };
}
