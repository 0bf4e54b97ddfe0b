import { z } from "zod";
import { recordAudit } from "../audit/audit";
import { passwordSchema } from "../auth/password";
import { setPassword } from "../auth/users";
import { adminProcedure } from "../trpc";

export const setUserPasswordInput = z.object({ id: z.string().min(1).max(64), password: passwordSchema });
export const setUserPasswordOutput = z.object({ ok: z.literal(true) });

/** admin.setUserPassword: reset someone's password (admin). */
export const setUserPasswordProcedure = adminProcedure
  .input(setUserPasswordInput)
  .output(setUserPasswordOutput)
  .mutation(async ({ ctx, input }) => {
    await setPassword(ctx.db, input.id, input.password);
    await recordAudit(ctx.db, { user: ctx.user, action: "user.set_password", detail: { userId: input.id } });
    return { ok: true as const };
  });
