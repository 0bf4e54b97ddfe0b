import { router } from "../trpc";
import { changePasswordProcedure } from "./change-password.procedure";
import { deleteSavedViewProcedure } from "./delete-saved-view.procedure";
import { listSavedViewsProcedure } from "./list-saved-views.procedure";
import { meProcedure } from "./me.procedure";
import { saveViewProcedure } from "./save-view.procedure";
import { setLocaleProcedure } from "./set-locale.procedure";
import { signOutEverywhereProcedure } from "./sign-out-everywhere.procedure";

/** The signed-in user's own account. Signing in itself is next-auth's (verifyCredentials), not a procedure. */
export const authRouter = router({
  me: meProcedure,
  setLocale: setLocaleProcedure,
  changePassword: changePasswordProcedure,
  signOutEverywhere: signOutEverywhereProcedure,
  listSavedViews: listSavedViewsProcedure,
  saveView: saveViewProcedure,
  deleteSavedView: deleteSavedViewProcedure,
});
