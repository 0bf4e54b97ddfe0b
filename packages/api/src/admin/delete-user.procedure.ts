import { z } from "zod";
import { recordAudit } from "../audit/audit";
import { deleteUser, getUser } from "../auth/users";
import { adminProcedure } from "../trpc";

export const deleteUserInput = z.object({ id: z.string().min(1).max(64) });
export const deleteUserOutput = z.object({ ok: z.literal(true) });

/** admin.deleteUser (admin). Refuses to delete the last admin. */
export const deleteUserProcedure = adminProcedure
  .input(deleteUserInput)
  .output(deleteUserOutput)
  .mutation(async ({ ctx, input }) => {
    const { email } = await getUser(ctx.db, input.id);
    await deleteUser(ctx.db, input.id);
    await recordAudit(ctx.db, { user: ctx.user, action: "user.delete", detail: { userId: input.id, email } });
    return { ok: true as const };
  });
