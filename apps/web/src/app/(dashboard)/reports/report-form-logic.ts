import type { ReportView } from "@antdash/api";

/** What the report form edits (text as typed; turned into the API's input by toReportInput). */
export interface ReportFormState {
  name: string;
  /** "" = all calls, "keep" = the report's current source (editing), else a saved view id. */
  source: string;
  period: "daily" | "weekly" | "monthly";
  weekday: number;
  monthDay: number;
  /** "HH:MM" in the account's zone. */
  sendTime: string;
  recipients: string;
  locale: "vi" | "en";
  attachment: "none" | "csv" | "xlsx";
  enabled: boolean;
}

export const EMPTY_FORM: ReportFormState = {
  name: "",
  source: "",
  period: "daily",
  weekday: 1,
  monthDay: 1,
  sendTime: "07:30",
  recipients: "",
  locale: "vi",
  attachment: "none",
  enabled: true,
};

/** "07:30" for 450 minutes after midnight. */
export function minutesToTime(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

/** 450 for "07:30"; NaN for anything else (the API refuses it, naming sendMinute). */
export function timeToMinutes(time: string): number {
  const match = /^(\d{1,2}):(\d{2})$/.exec(time.trim());
  if (!match) return Number.NaN;
  const [h, m] = [Number(match[1]), Number(match[2])];
  return h < 24 && m < 60 ? h * 60 + m : Number.NaN;
}

/** Addresses separated by commas, semicolons, spaces or lines; each is checked by the API. */
export function splitRecipients(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

export function formOf(report: ReportView): ReportFormState {
  return {
    name: report.name,
    source: report.viewName === null && Object.keys(report.criteria).length === 0 ? "" : "keep",
    period: report.period,
    weekday: report.weekday ?? 1,
    monthDay: report.monthDay ?? 1,
    sendTime: minutesToTime(report.sendMinute),
    recipients: report.recipients.join("\n"),
    locale: report.locale,
    attachment: report.attachment,
    enabled: report.enabled,
  };
}

/** The API's create/update input (weekday and day only for the period that uses them). */
export function toReportInput(form: ReportFormState) {
  return {
    name: form.name,
    ...(form.source === "keep" ? {} : { savedViewId: form.source === "" ? null : form.source }),
    period: form.period,
    weekday: form.period === "weekly" ? form.weekday : null,
    monthDay: form.period === "monthly" ? form.monthDay : null,
    sendMinute: timeToMinutes(form.sendTime),
    recipients: splitRecipients(form.recipients),
    locale: form.locale,
    attachment: form.attachment,
    enabled: form.enabled,
  };
}

/** "Weekly on Monday at 07:30" in the page's language. */
export function scheduleText(
  report: Pick<ReportView, "period" | "weekday" | "monthDay" | "sendMinute">,
  m: { schedule: { daily: string; weekly: string; monthly: string }; weekdays: readonly string[] },
): string {
  const time = minutesToTime(report.sendMinute);
  const text = m.schedule[report.period];
  return text
    .replace("{time}", time)
    .replace("{weekday}", m.weekdays[(report.weekday ?? 1) - 1] ?? "")
    .replace("{day}", String(report.monthDay ?? 1));
}
