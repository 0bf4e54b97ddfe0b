import { z } from "zod";
import { recordAudit } from "../audit/audit";
import { updateUser, userFieldsSchema, userViewSchema } from "../auth/users";
import { adminProcedure } from "../trpc";

export const updateUserInput = z.object({
  id: z.string().min(1).max(64),
  ...userFieldsSchema.partial().shape,
  disabled: z.boolean().optional(),
});
export const updateUserOutput = userViewSchema;

/** admin.updateUser: name, email, role, language, disabled, SIP device (admin). Refuses to remove the last admin. */
export const updateUserProcedure = adminProcedure
  .input(updateUserInput)
  .output(updateUserOutput)
  .mutation(async ({ ctx, input }) => {
    const { id, ...patch } = input;
    const user = await updateUser(ctx.db, id, patch);
    const { sipDevice, ...plain } = patch;
    await recordAudit(ctx.db, {
      user: ctx.user,
      action: "user.update",
      // The SIP password never enters the trail: only whether the device changed.
      detail: {
        userId: id,
        ...plain,
        ...(sipDevice !== undefined && { sipDevice: sipDevice ? "set" : "removed" }),
      },
    });
    return user;
  });
