import type { Database } from "@antdash/db";
import { missedCallbacks } from "../wallboard/missed-callbacks";

/** The call-back backlog: callers waiting to be called back. */
export interface CallbackBacklog {
  /** How many cases wait. */
  total: number;
  /** The oldest waiting case's latest unanswered call, or null when none wait. */
  oldestAt: Date | null;
  /** The most recent cases, at most `limit`, for the report's table. */
  cases: { number: string; did: string | null; lastAt: Date; attempts: number }[];
}

/** How many cases are read to find the oldest one (the wallboard's list is newest first). */
const SCAN_LIMIT = 5_000;

/**
 * THE integration point for the call-back cases of issue 13: the PDF's backlog section and the "backlog" alert
 * rule both read the backlog only through this function. Until the call-back cases exist it reports the
 * wallboard's "missed calls not called back" (unanswered inbound trunk calls in [from, at] with no later call
 * back); replace its body with the cases' open backlog when they land.
 */
export async function callbackBacklog(
  db: Database,
  range: { from: Date; at: Date },
  limit = 20,
): Promise<CallbackBacklog> {
  const missed = await missedCallbacks(db, range, SCAN_LIMIT);
  const oldest = missed.callers.at(-1);
  return {
    total: missed.total,
    oldestAt: oldest?.lastAt ?? null,
    cases: missed.callers.slice(0, limit),
  };
}
