import { z } from "zod";
import { recordAudit } from "../audit/audit";
import { passwordSchema } from "../auth/password";
import {
  createUser,
  emailSchema,
  localeSchema,
  roleSchema,
  sipDeviceSchema,
  userNameSchema,
  userViewSchema,
} from "../auth/users";
import { adminProcedure } from "../trpc";

export const createUserInput = z.object({
  email: emailSchema,
  name: userNameSchema,
  role: roleSchema,
  password: passwordSchema,
  locale: localeSchema.optional(),
  sipDevice: sipDeviceSchema.nullable().optional(),
});
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
