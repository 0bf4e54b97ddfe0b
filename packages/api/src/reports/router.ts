import { router } from "../trpc";
import {
  createReportProcedure,
  deleteReportProcedure,
  getReportProcedure,
  listReportsProcedure,
  previewReportProcedure,
  reportDeliveriesProcedure,
  sendReportNowProcedure,
  updateReportProcedure,
} from "./reports.procedures";

/** Scheduled e-mail reports: viewers see them and their deliveries; supervisors and admins manage them (issue 18). */
export const reportsRouter = router({
  list: listReportsProcedure,
  get: getReportProcedure,
  deliveries: reportDeliveriesProcedure,
  create: createReportProcedure,
  update: updateReportProcedure,
  delete: deleteReportProcedure,
  sendNow: sendReportNowProcedure,
  preview: previewReportProcedure,
});
