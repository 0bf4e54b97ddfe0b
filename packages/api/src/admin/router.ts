import { router } from "../trpc";
import { createTvDisplayProcedure } from "./create-tv-display.procedure";
import { createUserProcedure } from "./create-user.procedure";
import { deleteUserProcedure } from "./delete-user.procedure";
import { getSettingsProcedure } from "./get-settings.procedure";
import { listAuditProcedure } from "./list-audit.procedure";
import { listTvDisplaysProcedure } from "./list-tv-displays.procedure";
import { listUsersProcedure } from "./list-users.procedure";
import { renameTvDisplayProcedure } from "./rename-tv-display.procedure";
import { revokeTvDisplayProcedure } from "./revoke-tv-display.procedure";
import { setUserPasswordProcedure } from "./set-user-password.procedure";
import { updateSettingsProcedure } from "./update-settings.procedure";
import { updateUserProcedure } from "./update-user.procedure";

/** Everything here needs the admin role. */
export const adminRouter = router({
  listUsers: listUsersProcedure,
  createUser: createUserProcedure,
  updateUser: updateUserProcedure,
  setUserPassword: setUserPasswordProcedure,
  deleteUser: deleteUserProcedure,
  getSettings: getSettingsProcedure,
  updateSettings: updateSettingsProcedure,
  listTvDisplays: listTvDisplaysProcedure,
  createTvDisplay: createTvDisplayProcedure,
  renameTvDisplay: renameTvDisplayProcedure,
  revokeTvDisplay: revokeTvDisplayProcedure,
  listAudit: listAuditProcedure,
});
