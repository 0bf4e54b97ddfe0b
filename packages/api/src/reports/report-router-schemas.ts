import { z } from "zod";
import { deliveryStatusSchema } from "../outbox/delivery-status-schema";
import { reportScheduleFieldsSchema, reportScheduleSchema, requireTimingDay } from "./report-schedules";

const reportId = z.uuid("id: not a report id.");

/**
 * The report form: the stored fields, but the source is one of the user's saved views (its id) or null for all
 * calls; on update, leaving savedViewId out keeps the report's current source.
 */
const formFields = reportScheduleFieldsSchema.omit({ viewName: true, criteria: true }).extend({
  savedViewId: z.uuid("savedViewId: not a saved view id.").nullable(),
});

export const createReportInput = formFields.superRefine(requireTimingDay);
export const updateReportInput = formFields
  .extend({ id: reportId, savedViewId: formFields.shape.savedViewId.optional() })
  .superRefine(requireTimingDay);
export const reportIdInput = z.object({ id: reportId });
/** requestId: one per press of the button (the client makes it), so a repeated request mails once. */
export const sendNowInput = z.object({ id: reportId, requestId: z.uuid("requestId: not a UUID.") });
export const deliveriesInput = z.object({
  id: reportId,
  limit: z.number().int().min(1).max(200).default(50),
});

export const deliveryViewSchema = z.object({
  id: z.string(),
  /** "schedule" or the e-mail address of who pressed "send now". */
  requestedBy: z.string(),
  periodFrom: z.date().nullable(),
  periodTo: z.date().nullable(),
  incomplete: z.boolean(),
  ...deliveryStatusSchema.shape,
});
export type DeliveryView = z.infer<typeof deliveryViewSchema>;

export const reportViewSchema = reportScheduleSchema.omit({ createdBy: true }).extend({
  /** The next scheduled send (null when disabled). */
  nextSendAt: z.date().nullable(),
  lastDelivery: deliveryViewSchema.nullable(),
});
export type ReportView = z.infer<typeof reportViewSchema>;

export const sendNowOutput = z.object({
  queued: z.boolean(),
  period: z.object({ from: z.date(), to: z.date() }),
});

export const previewOutput = z.object({
  /** The self-contained HTML the PDF is printed from. */
  html: z.string(),
  period: z.object({ from: z.date(), to: z.date() }),
  /** Where the browser opens the same preview (an authenticated route of the web app); ?format=pdf for the PDF. */
  url: z.string(),
});
