import { expect, type Page } from "@playwright/test";

// Shared by the calls, recording and export specs (and the overview's, for the wait on the demo history): the API's
// view of the same calls the page shows.

export async function trpcQuery<T>(page: Page, path: string, input?: unknown): Promise<T> {
  const query = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
  const url = `/api/trpc/${path}${query}`;
  // A pooled connection the server closed as idle just as it was reused resets (ECONNRESET): like a browser,
  // send the idempotent GET again once on a fresh connection.
  const response = await page.request
    .get(url)
    .catch((error: Error) =>
      error.message.includes("ECONNRESET") ? page.request.get(url) : Promise.reject(error),
    );
  expect(response.status(), path).toBe(200);
  return ((await response.json()) as { result: { data: { json: T } } }).result.data.json;
}

/** The demo history is synced in the background after start: wait for the first pass to finish. */
export async function waitForSyncedHistory(page: Page): Promise<void> {
  await expect
    .poll(
      async () => (await trpcQuery<{ lastSuccessAt: string | null }>(page, "sync.status")).lastSuccessAt,
      {
        timeout: 120_000,
      },
    )
    .not.toBeNull();
}

/** A finished stretch of the demo history (it ends an hour ago), so live calls arriving meanwhile change nothing. */
export function finishedRange(days: number): { from: string; to: string; query: string } {
  const to = new Date(Date.now() - 3_600_000);
  const from = new Date(to.getTime() - days * 86_400_000);
  const query = `from=${encodeURIComponent(from.toISOString())}&to=${encodeURIComponent(to.toISOString())}`;
  return { from: from.toISOString(), to: to.toISOString(), query };
}

export interface ListedCall {
  id: string;
  durationSeconds: number;
  billingSeconds: number;
  direction: string;
  hasRecording: boolean;
}

export interface CallPage {
  rows: ListedCall[];
  nextCursor: string | null;
  total?: number;
}

export function listCalls(page: Page, input: Record<string, unknown>): Promise<CallPage> {
  return trpcQuery<CallPage>(page, "calls.list", input);
}

/** Ids of the call rows the table has rendered (it renders the rows in view, from the top). */
export function renderedCallIds(page: Page): Promise<string[]> {
  return page
    .getByTestId("calls-table")
    .locator("tbody tr[data-call-id]")
    .evaluateAll((rows) => rows.map((row) => row.getAttribute("data-call-id") ?? ""));
}

export async function countCalls(page: Page, filter: Record<string, unknown>): Promise<number> {
  return (await trpcQuery<{ total: number }>(page, "calls.count", { filter })).total;
}
