import { historiesHash, toAntringDate } from "@antdash/antring-core";
import type { RunningSimulator } from "@antdash/antring-simulator";

/**
 * The history items exactly as the simulator serves them for [from, to] (at most 31 days), newest first, before any
 * client check: read page by page over plain HTTP, so a test can judge the client's verdicts independently.
 */
export async function servedHistory(sim: RunningSimulator, from: number, to: number): Promise<unknown[]> {
  const items: unknown[] = [];
  const limit = "100";
  for (let page = 1; ; page++) {
    const query = {
      appId: sim.appId,
      created_from: toAntringDate(new Date(from)),
      created_to: toAntringDate(new Date(to)),
      limit,
      page: String(page),
    };
    const hash = await historiesHash(
      {
        appId: query.appId,
        createdFrom: query.created_from,
        createdTo: query.created_to,
        limit,
        page: query.page,
      },
      sim.appSecret,
    );
    const response = await fetch(
      `${sim.url}/oapi/v1/call/histories?${new URLSearchParams({ ...query, hash })}`,
    );
    if (!response.ok) throw new Error(`the simulator answered ${response.status}`);
    const body = (await response.json()) as { data: unknown[] };
    items.push(...body.data);
    if (body.data.length < Number(limit)) return items;
  }
}
