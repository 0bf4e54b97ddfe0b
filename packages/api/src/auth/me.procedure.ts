import { z } from "zod";
import { viewerProcedure } from "../trpc";
import { localeSchema, roleSchema } from "./users";

export const meInput = z.void();
export const meOutput = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: roleSchema,
  locale: localeSchema,
});

/** auth.me: who is signed in, with role and language (viewer+). */
export const meProcedure = viewerProcedure
  .input(meInput)
  .output(meOutput)
  .query(({ ctx }) => ctx.user);
