import type { Database } from "@antdash/db";
import { CALL_CLASSES, DIRECTIONS, STATUS_DETAILS } from "@antdash/antring-core";
import { z } from "zod";
import { LOCALES } from "../auth/locales";
import { NotFoundError } from "../errors";
import { REPORT_PERIOD_KINDS, type ReportPeriodKind } from "./report-period";

/** Call filter criteria without a range: what a saved view holds ({} = all calls). */
export const reportCriteriaSchema = z
  .object({
    direction: z.array(z.enum(DIRECTIONS)).optional(),
    status: z.array(z.enum(STATUS_DETAILS)).optional(),
    did: z.array(z.string().min(1).max(256)).max(200).optional(),
    agent: z.array(z.string().min(1).max(256)).max(200).optional(),
    callClass: z.array(z.enum(CALL_CLASSES)).optional(),
    number: z.string().min(1).max(256).optional(),
    minDurationSeconds: z.number().int().nonnegative().optional(),
    maxDurationSeconds: z.number().int().nonnegative().optional(),
    hasRecording: z.boolean().optional(),
  })
  .strict();
export type ReportCriteria = z.infer<typeof reportCriteriaSchema>;

export const REPORT_ATTACHMENTS = ["none", "csv", "xlsx"] as const;
export type ReportAttachment = (typeof REPORT_ATTACHMENTS)[number];

/** One recipient: the message names the address that is wrong. */
const recipientSchema = z
  .string()
  .trim()
  .pipe(z.email({ error: (issue) => `"${String(issue.input)}" is not a valid e-mail address.` }));

/** A report's fields without the cross-field rules (the API's form schema reuses them). */
export const reportScheduleFieldsSchema = z.object({
  name: z.string().trim().min(1, "Enter a name.").max(120, "The name is too long (120 characters at most)."),
  viewName: z.string().trim().max(120).nullable().default(null),
  criteria: reportCriteriaSchema.default({}),
  period: z.enum(REPORT_PERIOD_KINDS, { error: "Choose daily, weekly or monthly." }),
  weekday: z
    .number({ error: "Choose a weekday." })
    .int()
    .min(1, "Choose a weekday from 1 (Monday) to 7 (Sunday).")
    .max(7, "Choose a weekday from 1 (Monday) to 7 (Sunday).")
    .nullable()
    .default(null),
  monthDay: z
    .number({ error: "Choose a day of the month." })
    .int()
    .min(1, "Choose a day of the month from 1 to 28.")
    .max(28, "Choose a day of the month from 1 to 28 (every month has it).")
    .nullable()
    .default(null),
  sendMinute: z
    .number({ error: "Choose a send time." })
    .int()
    .min(0, "The send time is minutes after midnight, 0 to 1439.")
    .max(1439, "The send time is minutes after midnight, 0 to 1439."),
  recipients: z.array(recipientSchema).min(1, "Add a recipient.").max(50, "At most 50 recipients."),
  locale: z.enum(LOCALES, { error: "Choose vi or en." }),
  attachment: z.enum(REPORT_ATTACHMENTS, { error: "Choose none, csv or xlsx." }).default("none"),
  enabled: z.boolean().default(true),
});

/** A weekly report needs its weekday, a monthly one its day. */
export function requireTimingDay<
  T extends { period: string; weekday?: number | null; monthDay?: number | null },
>(r: T, ctx: z.RefinementCtx): void {
  if (r.period === "weekly" && (r.weekday ?? null) === null)
    ctx.addIssue({ code: "custom", message: "Choose a weekday.", path: ["weekday"] });
  if (r.period === "monthly" && (r.monthDay ?? null) === null)
    ctx.addIssue({ code: "custom", message: "Choose a day of the month.", path: ["monthDay"] });
}

const reportScheduleInputSchema = reportScheduleFieldsSchema.superRefine(requireTimingDay);
export type ReportScheduleInput = z.input<typeof reportScheduleInputSchema>;

/** A stored report as this module reads it back (the router shows it with its next send and last delivery). */
export const reportScheduleSchema = z.object({
  id: z.string(),
  name: z.string(),
  viewName: z.string().nullable(),
  criteria: reportCriteriaSchema,
  period: z.enum(REPORT_PERIOD_KINDS),
  weekday: z.number().int().nullable(),
  monthDay: z.number().int().nullable(),
  sendMinute: z.number().int(),
  recipients: z.array(z.string()),
  locale: z.enum(LOCALES),
  attachment: z.enum(REPORT_ATTACHMENTS),
  enabled: z.boolean(),
  createdBy: z.string().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type ReportSchedule = z.infer<typeof reportScheduleSchema>;

export class ReportNotFoundError extends NotFoundError {
  constructor() {
    super("This report does not exist.");
  }
}

type Row = Awaited<ReturnType<Database["prisma"]["reportSchedule"]["findFirstOrThrow"]>>;

function toSchedule(row: Row): ReportSchedule {
  return {
    ...row,
    // Stored by this module from validated input; parsed again so an old row never breaks a send.
    criteria: reportCriteriaSchema.catch({}).parse(row.criteria),
    period: row.period as ReportPeriodKind,
    recipients: z.array(z.string()).catch([]).parse(row.recipients),
    locale: row.locale === "en" ? "en" : "vi",
    attachment: (REPORT_ATTACHMENTS as readonly string[]).includes(row.attachment)
      ? (row.attachment as ReportAttachment)
      : "none",
  };
}

export async function createReportSchedule(
  db: Database,
  input: ReportScheduleInput,
  createdBy: string | null,
  now = new Date(),
): Promise<ReportSchedule> {
  const data = reportScheduleInputSchema.parse(input);
  return toSchedule(
    await db.prisma.reportSchedule.create({ data: { ...data, createdBy, createdAt: now, updatedAt: now } }),
  );
}

export async function updateReportSchedule(
  db: Database,
  id: string,
  input: ReportScheduleInput,
  now = new Date(),
): Promise<ReportSchedule> {
  const data = reportScheduleInputSchema.parse(input);
  const { count } = await db.prisma.reportSchedule.updateMany({
    where: { id },
    data: { ...data, updatedAt: now },
  });
  if (count === 0) throw new ReportNotFoundError();
  return getReportSchedule(db, id);
}

export async function deleteReportSchedule(db: Database, id: string): Promise<void> {
  const { count } = await db.prisma.reportSchedule.deleteMany({ where: { id } });
  if (count === 0) throw new ReportNotFoundError();
}

export async function getReportSchedule(db: Database, id: string): Promise<ReportSchedule> {
  const row = await db.prisma.reportSchedule.findUnique({ where: { id } });
  if (!row) throw new ReportNotFoundError();
  return toSchedule(row);
}

export async function listReportSchedules(db: Database, opts: { enabledOnly?: boolean } = {}) {
  const rows = await db.prisma.reportSchedule.findMany({
    where: opts.enabledOnly ? { enabled: true } : {},
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
  return rows.map(toSchedule);
}
