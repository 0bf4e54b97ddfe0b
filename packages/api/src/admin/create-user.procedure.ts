import { recordAudit } from "../audit/audit";
import { passwordSchema } from "../auth/password";
import { createUser, userFieldsSchema, userViewSchema } from "../auth/users";
import { adminProcedure } from "../trpc";

export const createUserInput = userFieldsSchema
  .partial({ locale: true, sipDevice: true })
  .extend({ password: passwordSchema });
export const createUserOutput = userViewSchema;

/** admin.createUser (admin). */
export const createUserProcedure = adminProcedure
  .input(createUserInput)
  .output(createUserOutput)
  .mutation(async ({ ctx, input }) => {
    const user = await createUser(ctx.db, input);
    await recordAudit(ctx.db, {
      user: ctx.user,
      action: "user.create",
      detail: { userId: user.id, email: user.email, role: user.role, hasSipDevice: user.hasSipDevice },
    });
    return user;
  });
