import { startIncrementalSync, syncRange, type SyncProgress, type SyncRangeResult } from "@antdash/sync";
import { SingleBar } from "cli-progress";
import { parseArgs } from "node:util";
import { antringClientFromEnv, openCliDatabase } from "../context";
import type { CliEnv } from "../env";
import { rangeFromFlags } from "../range-flags";
import { stringOptions } from "../string-options";
import { UsageError } from "../usage-error";

export const SYNC_HELP = `pnpm cli sync --from ISO --to ISO [--concurrency N]
  Copies AntRing's call history for [from, to] into the cache. Safe to interrupt and re-run: finished 31-day
  windows are skipped, nothing is written twice.
pnpm cli sync --follow [--interval SECONDS] [--overlap-minutes M] [--initial-days D]
  Keeps the cache current until stopped (Ctrl-C): a pass every --interval seconds (default 60) re-reads the last
  --overlap-minutes (default 120) to catch calls listed late; an empty cache first gets --initial-days (default 31).
  For deployments that run the sync apart from the web app.`;

export async function syncCommand(args: string[], env: CliEnv, signal: AbortSignal): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      ...stringOptions("from", "to", "concurrency", "interval", "overlap-minutes", "initial-days"),
      follow: { type: "boolean" },
    },
    strict: true,
  });
  if (values.follow) {
    return followCommand(env, signal, {
      intervalSeconds: positive("--interval", values.interval, 60),
      overlapMinutes: positive("--overlap-minutes", values["overlap-minutes"], 120),
      initialDays: positive("--initial-days", values["initial-days"], 31),
    });
  }
  if (!values.from || !values.to) throw new UsageError("sync needs --from and --to");
  const { from, to } = rangeFromFlags(values, env.timeZone);
  const concurrency = values.concurrency === undefined ? undefined : Number(values.concurrency);
  if (
    concurrency !== undefined &&
    !(Number.isInteger(concurrency) && concurrency >= 1 && concurrency <= 16)
  ) {
    throw new UsageError("--concurrency must be a whole number from 1 to 16");
  }
  const client = antringClientFromEnv(env);
  const db = await openCliDatabase(env);
  const reporter = progressReporter();
  try {
    const result = await syncRange({
      db,
      client,
      from,
      to,
      windowConcurrency: concurrency,
      onProgress: reporter.update,
      signal,
    });
    reporter.stop();
    process.stdout.write(
      `synced ${result.callsSeen} calls (${result.callsWritten} new) from ${result.pagesFetched} pages in ` +
        `${result.windowsTotal} windows (${result.windowsSkipped} already done), ${result.quarantined} quarantined, ` +
        `${corrections(result)}${(result.elapsedMs / 1000).toFixed(1)}s\n`,
    );
    return 0;
  } finally {
    reporter.stop();
    await db.close();
  }
}

/** "3 corrected (recording 2, did_number 1), 1 removed, " when AntRing relisted calls with changes; else "". */
function corrections(result: SyncRangeResult): string {
  const parts: string[] = [];
  if (result.callsCorrected > 0) {
    const fields = Object.entries(result.correctedFields).map(([field, n]) => `${field} ${n}`);
    parts.push(`${result.callsCorrected} corrected (${fields.join(", ")})`);
  }
  if (result.callsRemoved > 0) parts.push(`${result.callsRemoved} removed`);
  return parts.map((part) => `${part}, `).join("");
}

function positive(flag: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`${flag} must be a positive number`);
  return n;
}

async function followCommand(
  env: CliEnv,
  signal: AbortSignal,
  opts: { intervalSeconds: number; overlapMinutes: number; initialDays: number },
): Promise<number> {
  const client = antringClientFromEnv(env);
  const db = await openCliDatabase(env);
  const scheduler = startIncrementalSync({
    db,
    client,
    intervalMs: opts.intervalSeconds * 1000,
    overlapMs: opts.overlapMinutes * 60_000,
    initialDays: opts.initialDays,
    onPass: (r) =>
      process.stdout.write(
        `${new Date().toISOString()} synced ${r.callsSeen} calls (${r.callsWritten} new) ` +
          `${corrections(r) ? `(${corrections(r).slice(0, -2)}) ` : ""}in ${(r.elapsedMs / 1000).toFixed(1)}s\n`,
      ),
    onError: (error) =>
      process.stderr.write(
        `${new Date().toISOString()} sync pass failed: ${(error as Error).message ?? error}\n`,
      ),
  });
  await new Promise<void>((resolve) => signal.addEventListener("abort", () => resolve(), { once: true }));
  await scheduler.stop();
  await db.close();
  return 0;
}

/** A progress bar on a terminal; plain lines, at most one a second, when stderr is a file or a pipe. */
function progressReporter() {
  if (process.stderr.isTTY) {
    const bar = new SingleBar({
      stream: process.stderr,
      format: "sync [{bar}] {value}/{total} windows | {calls} calls | {rate}/s | ETA {eta_formatted}",
      hideCursor: true,
    });
    let started = false;
    return {
      update: (p: SyncProgress) => {
        if (!started) {
          bar.start(p.windowsTotal, 0, { calls: 0, rate: 0 });
          started = true;
        }
        bar.update(p.windowsDone, { calls: p.callsSeen, rate: p.callsPerSecond });
      },
      stop: () => {
        if (started) bar.stop();
        started = false;
      },
    };
  }
  let last = 0;
  let lastDone = -1;
  return {
    update: (p: SyncProgress) => {
      const now = Date.now();
      if (now - last < 1000 && p.windowsDone === lastDone) return;
      last = now;
      lastDone = p.windowsDone;
      const eta = p.etaSeconds === null ? "?" : `${p.etaSeconds}s`;
      process.stderr.write(
        `sync: ${p.windowsDone}/${p.windowsTotal} windows, ${p.callsSeen} calls, ${p.callsWritten} new, ` +
          `${p.callsPerSecond}/s, ETA ${eta}\n`,
      );
    },
    stop: () => undefined,
  };
}
