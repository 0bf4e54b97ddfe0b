import { z } from "zod";
import { adminProcedure } from "../trpc";
import { tvDisplayViewSchema } from "./tv-display-schemas";
import { listTvDisplays } from "./tv-displays";

export const listTvDisplaysInput = z.void();
export const listTvDisplaysOutput = z.array(tvDisplayViewSchema);

/** admin.listTvDisplays: wall screens, never their tokens (admin). */
export const listTvDisplaysProcedure = adminProcedure
  .input(listTvDisplaysInput)
  .output(listTvDisplaysOutput)
  .query(({ ctx }) => listTvDisplays(ctx.db));
