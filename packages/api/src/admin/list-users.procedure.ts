import { z } from "zod";
import { listUsers, userViewSchema } from "../auth/users";
import { adminProcedure } from "../trpc";

export const listUsersInput = z.void();
export const listUsersOutput = z.array(userViewSchema);

/** admin.listUsers: every user with role and SIP status, never a password (admin). */
export const listUsersProcedure = adminProcedure
  .input(listUsersInput)
  .output(listUsersOutput)
  .query(({ ctx }) => listUsers(ctx.db));
