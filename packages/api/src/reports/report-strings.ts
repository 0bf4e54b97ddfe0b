import type { Locale } from "../auth/locales";

/** The report mail's words and the PDF footer's, in both languages (the document's own are the print view's). */
const STRINGS = {
  en: {
    report: "Call report",
    incomplete: "INCOMPLETE: the data of this period had not been fully synced when this report was sent.",
    page: "Page",
    of: "of",
    attachedList: "The call list is attached.",
    linkedList: "The call list is too large to attach; download it (link valid until {until}):",
    mailIntro: "The {name} report for {period} is attached as a PDF.",
  },
  vi: {
    report: "Báo cáo cuộc gọi",
    incomplete: "CHƯA ĐẦY ĐỦ: dữ liệu của kỳ này chưa được đồng bộ hết khi gửi báo cáo.",
    page: "Trang",
    of: "/",
    attachedList: "Danh sách cuộc gọi được đính kèm.",
    linkedList: "Danh sách cuộc gọi quá lớn để đính kèm; tải về tại (liên kết hiệu lực đến {until}):",
    mailIntro: "Báo cáo {name} cho kỳ {period} được đính kèm dạng PDF.",
  },
} satisfies Record<Locale, Record<string, string>>;

export type ReportStrings = (typeof STRINGS)["en"];

export const reportStrings = (locale: Locale): ReportStrings => STRINGS[locale];

/** Replaces {name} placeholders. */
export const fill = (text: string, values: Record<string, string>) =>
  text.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? "");
