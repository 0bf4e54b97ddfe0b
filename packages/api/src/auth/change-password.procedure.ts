import { z } from "zod";
import { viewerProcedure } from "../trpc";
import { changeOwnPassword } from "./account";
import { passwordSchema } from "./password";

export const changePasswordInput = z.object({
  currentPassword: z.string().min(1, "Enter your current password.").max(256),
  newPassword: passwordSchema,
});
export const changePasswordOutput = z.object({ ok: z.literal(true) });

/** auth.changePassword: change my own password (viewer+). */
export const changePasswordProcedure = viewerProcedure
  .input(changePasswordInput)
  .output(changePasswordOutput)
  .mutation(async ({ ctx, input }) => {
    await changeOwnPassword(ctx.db, ctx.user.id, input, { ip: ctx.ip });
    return { ok: true as const };
  });
