import { type Database, listSyncRuns, newestCallAt } from "@antdash/db";
import { cachedTotals } from "./cache-truth";
import { settlesWithin } from "./wait-until";

export interface ReadOutcome {
  /** When the read started (Date.now()). */
  at: number;
  ok: boolean;
  /** What the read threw: its class, driver code and message. */
  error?: { name: string; code: string | undefined; message: string };
}

/** A read that takes longer than this is counted as hung. */
export const HUNG_READ_MS = 20_000;

/**
 * Reads the cache the way a dashboard does while something else happens: totals over raw SQL, the freshness and the
 * run list through Prisma, one after the other until stopped. Every outcome is kept for the test to judge.
 */
export function startReadLoad(db: Database): { outcomes: ReadOutcome[]; stop(): Promise<void> } {
  const outcomes: ReadOutcome[] = [];
  const reads: Array<() => Promise<unknown>> = [
    () => cachedTotals(db),
    () => listSyncRuns(db, { limit: 5 }),
    () => newestCallAt(db),
  ];
  let stopped = false;
  const loop = (async () => {
    for (let i = 0; !stopped; i++) {
      const at = Date.now();
      const read = reads[i % reads.length]!;
      try {
        await settlesWithin("a read", read(), HUNG_READ_MS);
        outcomes.push({ at, ok: true });
      } catch (error) {
        const e = error instanceof Error ? error : new Error(String(error));
        const code = (e as { code?: unknown }).code;
        outcomes.push({
          at,
          ok: false,
          error: { name: e.name, code: typeof code === "string" ? code : undefined, message: e.message },
        });
      }
      await new Promise((resolve) => setTimeout(resolve, 15));
    }
  })();
  return {
    outcomes,
    async stop() {
      stopped = true;
      await loop;
    },
  };
}

/** "name/code: message" per distinct failure, for the log. */
export function failureKinds(outcomes: readonly ReadOutcome[]): string[] {
  const kinds = new Set<string>();
  for (const o of outcomes)
    if (o.error)
      kinds.add(
        `${o.error.name}/${o.error.code ?? "-"}: ${o.error.message.trim().split("\n").at(-1)?.trim() ?? ""}`,
      );
  return [...kinds];
}
