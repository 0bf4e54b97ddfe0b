import { z } from "zod";
import { getSettings } from "../admin/settings";
import { AccessDeniedError } from "../errors";
import { wallboardProcedure } from "../trpc";
import { instantInput } from "../validation";
import { wallboardSnapshotSchema } from "./wallboard-schemas";
import { wallboardSnapshot } from "./wallboard-snapshot";

/** How far ahead of the server's clock `at` may be (clocks of callers drift a little). */
const MAX_FUTURE_MS = 60_000;
/** An `at` this close to the server's clock is "now": the board shows the alerts firing. */
const CURRENT_WITHIN_MS = 5 * 60_000;

export const wallboardSnapshotInput = z
  .object({
    /** The instant the board is as of; now by default. Only today-and-before makes sense on a wall. */
    at: instantInput("at").optional(),
  })
  .optional()
  .refine((input) => input?.at === undefined || !Number.isNaN(input.at.getTime()), {
    message: "at must be a date",
  })
  .refine((input) => input?.at === undefined || input.at.getTime() <= Date.now() + MAX_FUTURE_MS, {
    message: "at must not be in the future",
  });
export const wallboardSnapshotOutput = wallboardSnapshotSchema;

/**
 * wallboard.snapshot: today's KPIs with the thresholds' colours, calls by hour against the same weekday last
 * week, status mix, DID usage, agent leaderboard, numbers waiting for a call back, and how fresh the cache is
 * (a TV display token or any signed-in user). Only a signed-in user may ask for a past day (`at`): a display token
 * reads the current board, so a token leaked from a wall opens no history.
 */
export const wallboardSnapshotProcedure = wallboardProcedure
  .input(wallboardSnapshotInput)
  .output(wallboardSnapshotOutput)
  .query(async ({ ctx, input }) => {
    if (input?.at !== undefined && !ctx.user) {
      throw new AccessDeniedError("forbidden", "at: a wall display shows the current board only.");
    }
    const { thresholds, kpi } = await getSettings(ctx.db);
    const now = Date.now();
    return wallboardSnapshot(ctx.db, {
      at: input?.at ?? new Date(now),
      current: input?.at === undefined || Math.abs(input.at.getTime() - now) <= CURRENT_WITHIN_MS,
      timeZone: ctx.timeZone,
      thresholds,
      kpiSettings: kpi,
    });
  });
