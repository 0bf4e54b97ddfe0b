/** How pnpm bench prints: a label column and a value, numbers with thousands separators. */
export const fmt = (n: number) => Math.round(n).toLocaleString("en-US");
export const line = (label: string, value: string) => console.log(`${label.padEnd(52)} ${value}`);
export const verdict = (ok: boolean) => (ok ? "PASS" : "MISS");

/** The p-th percentile (nearest rank) of the samples. */
export function percentile(samples: readonly number[], p: number): number {
  const s = [...samples].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}

export const p50 = (samples: readonly number[]) => percentile(samples, 50);

/** Runs `task` `runs` times after one warm-up run; milliseconds of each timed run. */
export async function timeRuns(runs: number, task: () => Promise<unknown>): Promise<number[]> {
  await task();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await task();
    samples.push(performance.now() - started);
  }
  return samples;
}
