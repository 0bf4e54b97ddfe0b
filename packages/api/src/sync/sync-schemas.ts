import { z } from "zod";

/** Calls AntRing listed again with changes: replaced, gone, and per changed field (see db replaceWindowCalls). */
function correctionCounters() {
  return {
    callsCorrected: z.number(),
    callsRemoved: z.number(),
    correctedFields: z.record(z.string(), z.number()),
  };
}

export const syncProgressSchema = z.object({
  runId: z.string(),
  kind: z.enum(["backfill", "incremental"]),
  windowsTotal: z.number(),
  windowsDone: z.number(),
  windowsSkipped: z.number(),
  pagesFetched: z.number(),
  callsSeen: z.number(),
  callsWritten: z.number(),
  quarantined: z.number(),
  ...correctionCounters(),
  callsPerSecond: z.number(),
  etaSeconds: z.number().nullable(),
  elapsedMs: z.number(),
});

export const syncRunSchema = z.object({
  id: z.string(),
  kind: z.enum(["backfill", "incremental"]),
  status: z.enum(["running", "succeeded", "failed", "cancelled"]),
  rangeFrom: z.date(),
  rangeTo: z.date(),
  windowsTotal: z.number(),
  windowsDone: z.number(),
  callsSeen: z.number(),
  callsInserted: z.number(),
  quarantined: z.number(),
  ...correctionCounters(),
  error: z.string().nullable(),
  startedAt: z.date(),
  finishedAt: z.date().nullable(),
});
