import { router } from "../trpc";
import {
  assignCaseProcedure,
  callbackKpisProcedure,
  callCaseProcedure,
  caseOwnersProcedure,
  closeCaseProcedure,
  listCasesProcedure,
  reopenCaseProcedure,
  repeatCallersProcedure,
  takeCaseProcedure,
} from "./callbacks.procedures";

/** The call-back worklist, its KPIs and repeat callers (issue 13). */
export const callbacksRouter = router({
  list: listCasesProcedure,
  kpis: callbackKpisProcedure,
  repeatCallers: repeatCallersProcedure,
  owners: caseOwnersProcedure,
  take: takeCaseProcedure,
  assign: assignCaseProcedure,
  close: closeCaseProcedure,
  reopen: reopenCaseProcedure,
  callBack: callCaseProcedure,
});
