import type { Database } from "../database/open-database";
import type { CallRow } from "./call-row";

/** Column, its type in the recordset, and how to read it from a CallRow. One list drives the whole statement. */
const COLUMNS: ReadonlyArray<readonly [column: string, type: string, value: (row: CallRow) => unknown]> = [
  ["id", "text", (r) => r.id],
  ["caller_number", "text", (r) => r.callerNumber],
  ["caller_type", "text", (r) => r.callerType],
  ["caller_username", "text", (r) => r.callerUsername],
  ["callee_number", "text", (r) => r.calleeNumber],
  ["callee_type", "text", (r) => r.calleeType],
  ["callee_username", "text", (r) => r.calleeUsername],
  ["class", "text", (r) => r.class],
  ["did_number", "text", (r) => r.didNumber],
  ["direction", "text", (r) => r.direction],
  ["status_detail", "text", (r) => r.statusDetail],
  ["duration_seconds", "integer", (r) => r.durationSeconds],
  ["billing_seconds", "integer", (r) => r.billingSeconds],
  ["unix_timestamp", "integer", (r) => r.unixTimestamp],
  ["recording", "text", (r) => r.recording],
  ["started_at", "timestamptz", (r) => r.startedAt.toISOString()],
  ["wait_seconds", "integer", (r) => r.waitSeconds],
  ["agents", "text[]", (r) => r.agents],
  ["local_date", "date", (r) => r.localDate],
  ["local_hour", "smallint", (r) => r.localHour],
  ["local_weekday", "smallint", (r) => r.localWeekday],
  ["fingerprint", "text", (r) => r.fingerprint],
];

const COLUMN_LIST = COLUMNS.map(([column]) => `"${column}"`).join(", ");
const RECORDSET_TYPE = COLUMNS.map(([column, type]) => `"${column}" ${type}`).join(", ");

// The whole batch travels as one jsonb parameter and is unpacked server-side: one statement, one round trip,
// no parameter-count limit, and conflicts on the key (a call already cached) are skipped.
const INSERT_SQL = `
  INSERT INTO calls (${COLUMN_LIST})
  SELECT ${COLUMN_LIST} FROM jsonb_to_recordset($1::jsonb) AS x(${RECORDSET_TYPE})
  ON CONFLICT (id) DO NOTHING`;

/** Batches are split so one statement's parameter stays a few MB. */
const MAX_ROWS_PER_STATEMENT = 10_000;

/**
 * Set-based idempotent bulk insert: one statement per batch (INSERT ... SELECT FROM jsonb_to_recordset ... ON
 * CONFLICT (id) DO NOTHING). Returns how many rows were new. Rows already cached, and repeats of one key inside
 * the batch, are skipped.
 */
export async function insertCalls(db: Database, rows: CallRow[]): Promise<number> {
  let inserted = 0;
  for (let start = 0; start < rows.length; start += MAX_ROWS_PER_STATEMENT) {
    const batch = rows.slice(start, start + MAX_ROWS_PER_STATEMENT);
    const result = await db.pool.query(INSERT_SQL, [JSON.stringify(batch.map(toRecordsetObject))]);
    inserted += result.rowCount ?? 0;
  }
  return inserted;
}

function toRecordsetObject(row: CallRow): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const [column, , value] of COLUMNS) object[column] = value(row);
  return object;
}
