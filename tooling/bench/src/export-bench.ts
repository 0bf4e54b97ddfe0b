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
  return run.samples.reduce((best, s) =>
    Math.abs(s.bytes - target) < Math.abs(best.bytes - target) ? s : best,
  );
}

/**
 * issue 4: CSV and XLSX exports of every cached call (1M), each in a process of its own (exportCalls, as the web's
 * export route and `pnpm cli export` run it), with its memory along the way: flat means the second half of the
 * export needed no more memory than the first, whatever the number of rows.
 */
export async function benchExports(
  target: { dataDir: string; url: string },
  range: { from: Date; to: Date },
) {
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
    // Flat: the second half of the export needs no more than the first did (garbage collection makes the heap a
    // saw; memory that grew with the rows would add hundreds of MiB by the end of a million).
    const half = (second: boolean, key: "rssMiB" | "heapMiB") =>
      Math.max(...run.samples.filter((x) => x.bytes >= run.bytes / 2 === second).map((x) => x[key]));
    const flat =
      half(true, "heapMiB") <= half(false, "heapMiB") + 32 &&
      half(true, "rssMiB") <= half(false, "rssMiB") + 64;
    line(
      `    peak in the 1st half, 2nd half: heap; RSS`,
      `${fmt(half(false, "heapMiB"))}, ${fmt(half(true, "heapMiB"))}; ${fmt(half(false, "rssMiB"))}, ${fmt(half(true, "rssMiB"))} MiB`,
    );
    line(`    memory flat (2nd half <= 1st + 32 MiB heap, + 64 MiB RSS)`, verdict(flat));
  }
}
