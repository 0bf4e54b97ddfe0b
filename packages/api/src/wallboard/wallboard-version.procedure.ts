import { z } from "zod";
import { wallboardProcedure } from "../trpc";
import { wallboardDataVersion } from "./data-version";

export const wallboardVersionInput = z.void();
export const wallboardVersionOutput = z.object({ version: z.string() });

/**
 * wallboard.version: a cheap text that changes when the board may have (new calls, a sync run, new settings).
 * Web instances poll it to push fresh boards to their screens within seconds, whichever process ran the sync.
 */
export const wallboardVersionProcedure = wallboardProcedure
  .input(wallboardVersionInput)
  .output(wallboardVersionOutput)
  .query(async ({ ctx }) => ({ version: await wallboardDataVersion(ctx.db) }));
