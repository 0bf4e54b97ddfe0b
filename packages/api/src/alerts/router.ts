import { router } from "../trpc";
import {
  alertDeliveriesProcedure,
  alertHistoryProcedure,
  createAlertRuleProcedure,
  deleteAlertRuleProcedure,
  firingAlertsProcedure,
  getAlertRuleProcedure,
  listAlertRulesProcedure,
  previewAlertProcedure,
  updateAlertRuleProcedure,
} from "./alerts.procedures";

/** Alert rules (admins change them, supervisors read), what fires now, its history and notifications (issue 18). */
export const alertsRouter = router({
  rules: listAlertRulesProcedure,
  get: getAlertRuleProcedure,
  create: createAlertRuleProcedure,
  update: updateAlertRuleProcedure,
  delete: deleteAlertRuleProcedure,
  firing: firingAlertsProcedure,
  history: alertHistoryProcedure,
  deliveries: alertDeliveriesProcedure,
  preview: previewAlertProcedure,
});
