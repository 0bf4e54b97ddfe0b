/** How pnpm bench prints: a label column and a value, numbers with thousands separators. */
export const fmt = (n: number) => Math.round(n).toLocaleString("en-US");
export const line = (label: string, value: string) => console.log(`${label.padEnd(52)} ${value}`);

export function p50(samples: number[]): number {
  const s = [...samples].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

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
