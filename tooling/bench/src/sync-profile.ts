// BENCH_PROFILE=1: where a sync's time and memory go, printed by the sync child on stderr beside its result.
import type { Database } from "@antdash/db";

type Query = (...args: unknown[]) => unknown;

/** What each statement is, from its text: the sync's write path has few distinct statements. */
function kindOf(text: string): string {
  const t = text.trimStart();
  if (t.startsWith("WITH inserted AS")) return "insert calls + rollups + dirty marks";
  if (t.includes("FROM sync_staged_calls")) return "staged calls -> calls + rollups";
  if (t.startsWith("INSERT INTO sync_staged_calls")) return "stage calls";
  if (t.includes("FROM callback_dirty_numbers ORDER BY mark")) return "call-back cases: read marks";
  if (t.includes("caller_normalized = ANY")) return "call-back cases: read calls";
  if (t.includes("FROM callback_case_states")) return "call-back cases: read states";
  if (t.startsWith("WITH derived AS")) return "call-back cases: write";
  if (t.includes("sync_windows")) return "sync windows";
  if (t.includes("sync_runs")) return "sync runs";
  return "other";
}

/**
 * Times every statement on the pool's clients. A pooled client runs one query at a time, so these are execution
 * times (round trip included), not time spent queued behind other statements.
 */
export function profileQueries(db: Database): () => Record<string, { count: number; ms: number }> {
  const totals = new Map<string, { count: number; ms: number }>();
  const wrapped = new WeakSet<object>();
  const add = (kind: string, ms: number) => {
    const t = totals.get(kind) ?? { count: 0, ms: 0 };
    t.count++;
    t.ms += ms;
    totals.set(kind, t);
  };
  db.pool.on("acquire", (client) => {
    if (wrapped.has(client)) return;
    wrapped.add(client);
    const original = client.query.bind(client) as Query;
    (client as unknown as { query: Query }).query = (...args: unknown[]) => {
      const first = args[0] as string | { text?: string } | undefined;
      const kind = kindOf(typeof first === "string" ? first : (first?.text ?? ""));
      const started = performance.now();
      const last = args[args.length - 1];
      if (typeof last === "function") {
        args[args.length - 1] = (...result: unknown[]) => {
          add(kind, performance.now() - started);
          (last as (...a: unknown[]) => void)(...result);
        };
        return original(...args);
      }
      const result = original(...args) as Promise<unknown> | undefined;
      void result?.then?.(
        () => add(kind, performance.now() - started),
        () => add(kind, performance.now() - started),
      );
      return result;
    };
  });
  return () =>
    Object.fromEntries(
      [...totals]
        .sort((a, b) => b[1].ms - a[1].ms)
        .map(([k, v]) => [k, { count: v.count, ms: Math.round(v.ms) }]),
    );
}

/** Peak memory of this process, sampled: RSS (all threads, PGlite's WASM heap included) and the main V8 heap. */
export function sampleMemory(
  everyMs = 200,
): () => { rssMiB: number; heapUsedMiB: number; arrayBuffersMiB: number } {
  const peak = { rss: 0, heapUsed: 0, arrayBuffers: 0 };
  const take = () => {
    const m = process.memoryUsage();
    peak.rss = Math.max(peak.rss, m.rss);
    peak.heapUsed = Math.max(peak.heapUsed, m.heapUsed);
    peak.arrayBuffers = Math.max(peak.arrayBuffers, m.arrayBuffers);
  };
  const timer = setInterval(take, everyMs);
  timer.unref();
  const mib = (n: number) => Math.round(n / 1048576);
  return () => {
    take();
    clearInterval(timer);
    return {
      rssMiB: mib(peak.rss),
      heapUsedMiB: mib(peak.heapUsed),
      arrayBuffersMiB: mib(peak.arrayBuffers),
    };
  };
}
