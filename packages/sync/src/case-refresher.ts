import { type Database, refreshCallbackCases } from "@antdash/db";

/**
 * Rebuilds the call-back cases of the numbers the sync's writes marked dirty. Rebuilding a number reads all of its
 * calls, so doing it per batch (or per window) re-read a busy customer's history again and again: a backfill
 * rebuilds when a window ends only if `intervalMs` passed since the last rebuild (a long backfill still shows its
 * cases as it goes), and once when the sync ends. The marks are in the database: if the process dies first, the
 * next writer (or the next open of the database) rebuilds them.
 */
export class CaseRefresher {
  #last = Date.now();

  constructor(
    private readonly db: Database,
    private readonly intervalMs: number,
  ) {}

  /** At a window's end. */
  async windowDone(): Promise<void> {
    if (Date.now() - this.#last < this.intervalMs) return;
    await this.refresh();
  }

  /** When the sync ends. A failed sync leaves its marks to the next one: a cancel should not wait for this. */
  async refresh(): Promise<void> {
    this.#last = Date.now();
    await refreshCallbackCases(this.db);
  }
}
