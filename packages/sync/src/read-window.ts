import type { AntringClient, CallRecord } from "@antdash/antring-core";
import {
  type CallRow,
  type Database,
  callKey,
  DuplicateOrdinalTracker,
  hasCallsBetween,
  insertCalls,
  quarantineRecords,
  replaceWindowCalls,
  toCallRow,
  type WindowCorrections,
} from "@antdash/db";
import type { ProgressTracker } from "./progress";
import type { TimeWindow } from "./window-coverage";
import type { WriteQueue } from "./write-queue";

export interface WindowReadContext {
  db: Database;
  client: AntringClient;
  runId: string;
  pageSize: number;
  batchSize: number;
  /** The sync's one writer, shared by every window read. */
  writer: WriteQueue;
  /** Pages of one window requested at the same time (the client's own concurrency limit still applies). */
  pagesAhead: number;
  /** How often one window may be re-read after its pages seemed to shift. */
  maxRereads: number;
  progress: ProgressTracker;
  signal?: AbortSignal;
}

export interface WindowReadResult {
  pages: number;
  callsSeen: number;
  callsInserted: number;
  /** What the read corrected in the cache (see replaceWindowCalls); all zero for a window read the first time. */
  corrections: WindowCorrections;
}

interface PageTail {
  timestamp: number;
  identities: Set<string>;
}

/**
 * Reads every page of one window and writes its calls, idempotently.
 *
 * Call keys of unrecorded calls carry an ordinal among identical calls in the same second, counted over one read of
 * the window. If AntRing inserts a late call while we page (newest first), the pages behind it shift by one and the
 * next page starts with a call we already saw; counting it again would give it ordinal 1 and double it. So when a
 * page starts with a call identical to one in the last second of the previous page, the read restarts from page 1
 * (everything already written was read consistently, and re-writing it is a no-op). If the same boundary shows up
 * again on the re-read, the two calls are genuinely identical and both are kept.
 */
export async function readWindow(ctx: WindowReadContext, window: TimeWindow): Promise<WindowReadResult> {
  const acceptedBoundaries = new Set<string>();
  // Calls already cached in the span (an unsettled window read before, a resumed one) may since have been listed
  // again with changes: then the complete read that follows is authoritative for the span.
  const authoritative = await hasCallsBetween(ctx.db, window.from, window.to);
  for (let read = 0; ; read++) {
    const outcome = await readOnce(ctx, window, acceptedBoundaries, read < ctx.maxRereads, authoritative);
    if (outcome !== "shifted") return outcome;
  }
}

const NO_CORRECTIONS: WindowCorrections = { corrected: 0, removed: 0, fields: {} };

async function readOnce(
  ctx: WindowReadContext,
  window: TimeWindow,
  acceptedBoundaries: Set<string>,
  mayReread: boolean,
  authoritative: boolean,
): Promise<WindowReadResult | "shifted"> {
  const { db, client, progress } = ctx;
  const tracker = new DuplicateOrdinalTracker();
  let buffer: CallRow[] = [];
  /** Every call of this read, kept only when the read is authoritative for the span. */
  const listed: CallRow[] = [];
  let rejected = 0;
  const result: WindowReadResult = { pages: 0, callsSeen: 0, callsInserted: 0, corrections: NO_CORRECTIONS };
  let tail: PageTail | null = null;

  const fetchPage = (page: number) =>
    client.getHistoryPage({ from: window.from, to: window.to, page, limit: ctx.pageSize }, ctx.signal);
  // Writes run in the background (the shared writer) while later pages are fetched and parsed; handing a batch
  // over waits while the writer is full, so memory stays bounded. The window is only reported read once every one
  // of its writes has finished. Call-back cases are not rebuilt per batch but by the sync (see CaseRefresher).
  const writes = new Set<Promise<void>>();
  let writeError: Error | null = null;
  // Read through a call: the writes set it from their own callbacks, which narrowing inside the loop cannot see.
  const writeFailure = (): Error | null => writeError;
  const flush = async () => {
    if (buffer.length === 0) return;
    const rows = buffer;
    buffer = [];
    const { written } = await ctx.writer.enqueue(rows.length, () =>
      insertCalls(db, rows, { refreshCases: false }),
    );
    const write = written.then(
      (inserted) => {
        result.callsInserted += inserted;
        progress.counters.callsWritten += inserted;
      },
      (error: Error) => {
        writeError ??= error;
      },
    );
    const tracked = write.finally(() => writes.delete(tracked));
    writes.add(tracked);
  };
  const settleWrites = async () => {
    await flush();
    await Promise.all(writes);
    if (writeError !== null) throw writeError;
  };

  // Pages are fetched `pagesAhead` at a time and handled strictly in order. The page count is unknown until a
  // short page arrives, so up to pagesAhead - 1 requests past the end are wasted (they return empty pages).
  const ahead: Array<ReturnType<typeof fetchPage>> = [];
  let nextToRequest = 1;
  let reachedEnd = false;
  const topUp = () => {
    while (!reachedEnd && ahead.length < ctx.pagesAhead) {
      const request = fetchPage(nextToRequest++);
      request.catch(() => undefined); // awaited in order below; avoid an unhandled rejection meanwhile
      ahead.push(request);
    }
  };

  try {
    for (let pageNumber = 1; ; pageNumber++) {
      topUp();
      const page = await ahead.shift()!;
      const failure = writeFailure();
      if (failure !== null) throw failure;
      const full = page.rawCount >= ctx.pageSize;
      if (!full) reachedEnd = true;

      const first = page.records[0];
      if (tail && first && first.unix_timestamp === tail.timestamp) {
        const boundary = `${pageNumber}:${callKey(first, 0)}`;
        if (tail.identities.has(callKey(first, 0)) && !acceptedBoundaries.has(boundary)) {
          acceptedBoundaries.add(boundary);
          if (mayReread) {
            progress.counters.callsSeen -= result.callsSeen;
            await settleWrites();
            return "shifted";
          }
        }
      }

      result.pages++;
      progress.counters.pagesFetched++;
      for (const record of page.records) {
        const row = toCallRow(record, callKey(record, tracker.next(record)), db.timeZone);
        buffer.push(row);
        if (authoritative) listed.push(row);
      }
      rejected += page.rejected.length;
      result.callsSeen += page.records.length;
      progress.counters.callsSeen += page.records.length;
      if (page.rejected.length > 0) {
        const entries = page.rejected.map((r) => ({
          raw: r.raw,
          reason: r.reason,
          windowFrom: window.from,
          windowTo: window.to,
          page: pageNumber,
          runId: ctx.runId,
        }));
        await quarantineRecords(db, entries);
        progress.counters.quarantined += entries.length;
      }
      tail = pageTail(page.records) ?? tail;
      if (buffer.length >= ctx.batchSize) await flush();
      progress.emit();
      if (!full) break;
    }
    await settleWrites();
    // A quarantined record cannot be told apart from a call that is gone: such a read corrects nothing.
    if (authoritative && rejected === 0) {
      result.corrections = await replaceWindowCalls(db, window, listed);
      const c = progress.counters;
      c.callsCorrected += result.corrections.corrected;
      c.callsRemoved += result.corrections.removed;
      for (const [field, n] of Object.entries(result.corrections.fields)) {
        c.correctedFields[field] = (c.correctedFields[field] ?? 0) + n;
      }
    }
    return result;
  } finally {
    reachedEnd = true;
    await Promise.allSettled([...ahead, ...writes]);
  }
}

function pageTail(records: readonly CallRecord[]): PageTail | null {
  const last = records[records.length - 1];
  if (!last) return null;
  const identities = new Set<string>();
  for (let i = records.length - 1; i >= 0; i--) {
    const r = records[i]!;
    if (r.unix_timestamp !== last.unix_timestamp) break;
    identities.add(callKey(r, 0));
  }
  return { timestamp: last.unix_timestamp, identities };
}
