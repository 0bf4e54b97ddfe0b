import type { z } from "zod";
import { plainlyValidRecord } from "./plain-record";
import { callRecordSchema, type CallRecord } from "./records";

/** An upstream history item that could not be accepted, kept with the reason so nothing is silently lost. */
export interface RejectedRecord {
  raw: unknown;
  /** Human-readable, e.g. `direction: unknown value "sideways" (expected from_ab | to_ab)`. */
  reason: string;
}

export type RecordVerdict = { ok: true; record: CallRecord } | { ok: false; rejected: RejectedRecord };

const NUMERIC_FIELDS = ["duration_seconds", "billing_seconds", "unix_timestamp"] as const;
const NUMERIC_TEXT = /^-?\d+(\.\d+)?$/;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function normalizeParty(value: unknown): unknown {
  if (!isPlainObject(value)) return value;
  const party = { ...value };
  if (party.username === null || party.username === undefined) delete party.username;
  return party;
}

/**
 * Fixes variations that change nothing about the call: a missing or empty DID means
 * "no DID", a null recording means "not recorded", numbers sent as digit strings,
 * a null username means "no username". Everything else is left for the schema to judge.
 */
export function normalize(raw: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...raw };
  if (out.did_number === undefined || out.did_number === "") out.did_number = null;
  if (out.recording === undefined || out.recording === null) out.recording = "";
  for (const field of NUMERIC_FIELDS) {
    const value = out[field];
    if (typeof value === "string" && NUMERIC_TEXT.test(value)) out[field] = Number(value);
  }
  out.caller = normalizeParty(out.caller);
  out.callee = normalizeParty(out.callee);
  return out;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node = root;
  for (const key of path) node = isPlainObject(node) ? node[key as string] : undefined;
  return node;
}

function preview(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

function describeIssue(issue: z.core.$ZodIssue, input: unknown): string {
  const where = issue.path.length ? issue.path.join(".") : "record";
  const value = valueAt(input, issue.path);
  if (issue.code === "invalid_type" && value === undefined) return `${where} is missing`;
  if (issue.code === "invalid_value") {
    return `${where}: unknown value ${preview(value)} (expected ${issue.values.join(" | ")})`;
  }
  if (issue.code === "invalid_type") return `${where}: expected ${issue.expected}, got ${preview(value)}`;
  return `${where}: ${issue.message} (got ${preview(value)})`;
}

/** Normalizes then validates one upstream item (a plainly valid one without the schema's cost). Never throws. */
export function checkRecord(raw: unknown): RecordVerdict {
  if (!isPlainObject(raw))
    return { ok: false, rejected: { raw, reason: `record is not an object: ${preview(raw)}` } };
  const plain = plainlyValidRecord(raw);
  if (plain !== null) return { ok: true, record: plain };
  const input = normalize(raw);
  const result = callRecordSchema.safeParse(input);
  if (result.success) return { ok: true, record: result.data };
  const reason = result.error.issues.map((issue) => describeIssue(issue, input)).join("; ");
  return { ok: false, rejected: { raw, reason } };
}
