import { AntringProtocolError } from "./errors";
import { checkRecord, type RejectedRecord } from "./normalize-record";
import type { CallRecord } from "./records";

export interface ParsedHistoryBody {
  records: CallRecord[];
  rejected: RejectedRecord[];
  /** Items in the page as sent, accepted or not: paging stops when this is below the limit. */
  rawCount: number;
  /** The undocumented envelope the page came in: `[…]`, `{data:[…]}` or `{success:true,data:[…]}`. */
  envelope: HistoryEnvelope;
}

export type HistoryEnvelope = "bare" | "data" | "success";

function envelopeOf(body: unknown): HistoryEnvelope {
  if (Array.isArray(body)) return "bare";
  return (body as { success?: unknown }).success === true ? "success" : "data";
}

/** The envelope is undocumented: accept a bare array, `{data:[…]}` and `{success:true,data:[…]}`. */
function itemsOf(body: unknown): unknown[] | undefined {
  if (Array.isArray(body)) return body as unknown[];
  if (typeof body !== "object" || body === null) return undefined;
  const envelope = body as { success?: unknown; data?: unknown };
  if (envelope.success !== undefined && envelope.success !== true) return undefined;
  return Array.isArray(envelope.data) ? envelope.data : undefined;
}

/**
 * Splits one history page into valid records and rejected items (each with a reason).
 * Only an unrecognisable envelope throws (AntringProtocolError); a bad item never does.
 */
export function parseHistoryBody(body: unknown, request?: string): ParsedHistoryBody {
  const items = itemsOf(body);
  if (!items)
    throw new AntringProtocolError("history body is neither an array nor {data: [...]}", { request });
  const records: CallRecord[] = [];
  const rejected: RejectedRecord[] = [];
  for (const item of items) {
    const verdict = checkRecord(item);
    if (verdict.ok) records.push(verdict.record);
    else rejected.push(verdict.rejected);
  }
  return { records, rejected, rawCount: items.length, envelope: envelopeOf(body) };
}
