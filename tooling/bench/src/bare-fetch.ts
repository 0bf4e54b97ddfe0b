import { historiesHash, planHistoryWindows, toAntringDate } from "@antdash/antring-core";

/**
 * The baseline: fetch every page of the range one after another with plain fetch + JSON.parse, no validation and no
 * database. A sync cannot move data faster than AntRing serves it, so this is the bar it is measured against.
 */
export async function bareSequentialFetch(
  baseUrl: string,
  appId: string,
  appSecret: string,
  from: Date,
  to: Date,
): Promise<{ calls: number; pages: number; elapsedMs: number }> {
  const started = performance.now();
  let calls = 0;
  let pages = 0;
  for (const w of planHistoryWindows(from, to)) {
    for (let page = 1; ; page++) {
      const q = {
        appId,
        createdFrom: toAntringDate(w.from),
        createdTo: toAntringDate(w.to),
        limit: 100,
        page,
      };
      const hash = await historiesHash(q, appSecret);
      const url = new URL("/oapi/v1/call/histories", baseUrl);
      url.search = new URLSearchParams({
        appId,
        created_from: q.createdFrom,
        created_to: q.createdTo,
        limit: "100",
        page: String(page),
        hash,
      }).toString();
      const body = (await (await fetch(url)).json()) as unknown;
      const records = Array.isArray(body) ? body : ((body as { data: unknown[] }).data ?? []);
      pages++;
      calls += records.length;
      if (records.length < 100) break;
    }
  }
  return { calls, pages, elapsedMs: performance.now() - started };
}
