/**
 * The names of calls' attributes and outcomes in Vietnamese and English: the web pages show them and the exports
 * write them, from this one copy, one entry per key in both languages (by-language.ts). Plain data only (no other
 * imports), so the browser bundle can hold it (`@antdash/api/labels`).
 */

import { byLanguage, type LabelLocale } from "./by-language";

export type { LabelLocale } from "./by-language";

/**
 * Call outcomes (AntRing's status_detail), named per direction: AntRing's CANCELLED means "placed a call and hung
 * up before the other side answered", which on an inbound call is the customer abandoning and on an outbound or
 * internal call our own side giving up. IVR uses AntRing's wording: the call reached the system, nobody picked up.
 * `any` names an outcome when the direction is not known (a mixed chart, the filter without a direction).
 */
export const STATUS_LABELS = byLanguage({
  any: {
    SUCCESS: { vi: "Đã trả lời", en: "Answered" },
    CANCELLED: { vi: "Gác máy trước khi trả lời", en: "Hung up before answer" },
    BUSY: { vi: "Máy bận", en: "Busy" },
    IVR: { vi: "Đã vào hệ thống, không ai nhấc máy", en: "Reached the system, not picked up" },
    UNSUCCESS: { vi: "Không thành công", en: "Failed" },
  },
  inbound: { CANCELLED: { vi: "Khách bỏ máy", en: "Caller abandoned" } },
  outbound: { CANCELLED: { vi: "Hủy trước khi trả lời", en: "Cancelled before answer" } },
  internal: { CANCELLED: { vi: "Hủy trước khi trả lời", en: "Cancelled before answer" } },
});

/** The calls table's words: its column headers and the names of directions and classes in its cells. */
export const CALL_LABELS = byLanguage({
  columns: {
    started_at: { vi: "Thời gian", en: "Time" },
    direction: { vi: "Chiều", en: "Direction" },
    status_detail: { vi: "Trạng thái", en: "Status" },
    caller_number: { vi: "Người gọi", en: "Caller" },
    callee_number: { vi: "Người nhận", en: "Callee" },
    did_number: { vi: "Đầu số", en: "DID" },
    duration_seconds: { vi: "Thời lượng", en: "Duration" },
    billing_seconds: { vi: "Đàm thoại", en: "Talk" },
    wait_seconds: { vi: "Chờ", en: "Wait" },
    class: { vi: "Loại", en: "Class" },
    recording: { vi: "Ghi âm", en: "Recording" },
    caller_username: { vi: "Tài khoản người gọi", en: "Caller account" },
    callee_username: { vi: "Tài khoản người nhận", en: "Callee account" },
  },
  directions: {
    to_ab: { vi: "Gọi vào", en: "Inbound" },
    from_ab: { vi: "Gọi ra", en: "Outbound" },
  },
  classes: {
    one_one: { vi: "Nội bộ", en: "Internal" },
    trunking: { vi: "Trung kế", en: "Trunk" },
  },
});

/** The filter bar's names of the criteria (the summary export writes its filter in the same words). */
export const FILTER_LABELS = byLanguage({
  direction: { vi: "Chiều gọi", en: "Direction" },
  status: { vi: "Trạng thái", en: "Status" },
  did: { vi: "Đầu số", en: "DID" },
  agent: { vi: "Nhân viên", en: "Agent" },
  callClass: { vi: "Loại cuộc gọi", en: "Call class" },
  number: { vi: "Số điện thoại", en: "Phone number" },
  minDuration: { vi: "Thời lượng tối thiểu (giây)", en: "Minimum duration (seconds)" },
  maxDuration: { vi: "Thời lượng tối đa (giây)", en: "Maximum duration (seconds)" },
  recording: { vi: "Ghi âm", en: "Recording" },
  recordingChoices: {
    any: { vi: "Tất cả", en: "Any" },
    yes: { vi: "Có ghi âm", en: "Recorded" },
    no: { vi: "Không ghi âm", en: "Not recorded" },
  },
});

/** The agents and DIDs pages' KPI table headers (the summary export's breakdown sheets use them too). */
export const BREAKDOWN_LABELS = byLanguage({
  agent: { vi: "Nhân viên", en: "Agent" },
  did: { vi: "Đầu số", en: "DID" },
  calls: { vi: "Cuộc gọi", en: "Calls" },
  inboundOffered: { vi: "Gọi vào", en: "Inbound" },
  inboundAnswered: { vi: "Gọi vào đã trả lời", en: "Inbound answered" },
  inboundMissed: { vi: "Gọi vào nhỡ", en: "Inbound missed" },
  outboundAttempts: { vi: "Gọi ra", en: "Outbound" },
  outboundConnectRate: { vi: "Tỷ lệ kết nối gọi ra", en: "Outbound connect rate" },
  avgTalk: { vi: "Đàm thoại TB", en: "Avg talk" },
  totalTalk: { vi: "Tổng đàm thoại", en: "Total talk" },
});

type StatusKey = keyof (typeof STATUS_LABELS)["en"]["any"];

/**
 * The name of a call's outcome as the pages show it: by its kind (inbound = trunking & to_ab, outbound = trunking &
 * from_ab, internal = one_one), falling back to the kind-less name; an unknown status shows as it is.
 */
export function statusLabel(
  locale: LabelLocale,
  status: string,
  direction?: string,
  callClass?: string,
): string {
  const names = STATUS_LABELS[locale];
  const kind =
    callClass === "one_one"
      ? "internal"
      : direction === "to_ab"
        ? "inbound"
        : direction === "from_ab"
          ? "outbound"
          : null;
  const specific = kind ? (names[kind] as Partial<Record<string, string>>)[status] : undefined;
  return specific ?? names.any[status as StatusKey] ?? status;
}
