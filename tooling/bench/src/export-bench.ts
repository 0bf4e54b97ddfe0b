import { runJsonChild } from "./processes";
import { fmt, line, verdict } from "./report-format";

interface ExportRun {
  rows: number;
  bytes: number;
  elapsedMs: number;
  before: { rssMiB: number; heapMiB: number };
  peakRssMiB: number;
  peakHeapMiB: number;
  samples: Array<{ bytes: number; rssMiB: number; heapMiB: number }>;
}

/** The sample taken nearest to `fraction` of the way through (by bytes written). */
function at(run: ExportRun, fraction: number) {
  const target = run.bytes * fraction;
  return run.samples.reduce((best, s) => (Math.abs(s.bytes - target) < Math.abs(best.bytes - target) ? s : best));
}

/**
 * issue 4: CSV and XLSX exports of every cached call (1M), each in a process of its own (exportCalls, as the web's
 * export route and `pnpm cli export` run it), with its memory along the way: flat means the heap at the end is
 * about what it was a quarter of the way in, whatever the number of rows.
 */
export async function benchExports(target: { dataDir: string; url: string }, range: { from: Date; to: Date }) {
  for (const format of ["csv", "xlsx"] as const) {
    const run = await runJsonChild<ExportRun>("tooling/bench/src/export-child.ts", [
      format,
      target.dataDir,
      target.url,
      range.from.toISOString(),
      range.to.toISOString(),
    ]);
    const seconds = run.elapsedMs / 1000;
    line(
      `  ${format.toUpperCase()} export of ${fmt(run.rows)} calls`,
      `${seconds.toFixed(1)} s = ${fmt(run.rows / seconds)} rows/s, ${fmt(run.bytes / 1024 / 1024)} MiB out`,
    );
    const quarter = at(run, 0.25);
    const end = at(run, 1);
    line(
      `    RSS: before, 25%, 50%, 75%, end; peak`,
      `${[run.before, quarter, at(run, 0.5), at(run, 0.75), end].map((s) => fmt(s.rssMiB)).join(", ")}; ${fmt(run.peakRssMiB)} MiB`,
    );
    line(
      `    heap used: before, 25%, 50%, 75%, end; peak`,
      `${[run.before, quarter, at(run, 0.5), at(run, 0.75), end].map((s) => fmt(s.heapMiB)).join(", ")}; ${fmt(run.peakHeapMiB)} MiB`,
    );
    // Flat: the peak stays within a bounded margin of what a quarter of the export already needed.
    const flat = run.peakHeapMiB <= quarter.heapMiB + 64 && run.peakRssMiB <= quarter.rssMiB + 128;
    line(`    memory flat (peak <= 25% mark + 64 MiB heap / 128 MiB RSS)`, verdict(flat));
  }
}
