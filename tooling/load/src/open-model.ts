/** What an open-model run saw: every request's latency and how many failed. */
export interface OpenModelResult {
  requests: number;
  errors: number;
  latenciesMs: number[];
}

/**
 * An open model: each user sends a request at Poisson arrivals (exponential gaps with the given mean) whatever the
 * server's answers, so a slow server meets a growing queue instead of fewer requests (a closed loop hides that).
 */
export async function openModel(options: {
  urls: string[];
  cookies: string[];
  meanGapMs: number;
  durationMs: number;
}): Promise<OpenModelResult> {
  const result: OpenModelResult = { requests: 0, errors: 0, latenciesMs: [] };
  const inFlight = new Set<Promise<void>>();
  const end = Date.now() + options.durationMs;
  const send = async (url: string, cookie: string) => {
    const started = performance.now();
    result.requests++;
    try {
      const response = await fetch(url, { headers: { cookie }, signal: AbortSignal.timeout(30_000) });
      await response.arrayBuffer();
      if (!response.ok) result.errors++;
    } catch {
      result.errors++;
    }
    result.latenciesMs.push(performance.now() - started);
  };
  const user = async (index: number) => {
    const url = options.urls[index % options.urls.length]!;
    const cookie = options.cookies[index]!;
    for (;;) {
      const gap = -Math.log(1 - Math.random()) * options.meanGapMs;
      await new Promise((r) => setTimeout(r, gap));
      if (Date.now() >= end) return;
      const request = send(url, cookie);
      inFlight.add(request);
      void request.finally(() => inFlight.delete(request));
    }
  };
  await Promise.all(options.cookies.map((_, i) => user(i)));
  await Promise.all(inFlight);
  return result;
}

/** The q-quantile (0..1) of the values, nearest rank; NaN for none. */
export function quantile(values: number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}
