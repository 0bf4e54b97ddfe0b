/**
 * The names of calls' attributes and outcomes in Vietnamese and English: the web pages show them and the exports
 * write them, from this one copy. Plain data only (no imports), so the browser bundle can hold it
 * (`@antdash/api/labels`).
 */

export type LabelLocale = "vi" | "en";

const ANSWERED = { vi: "Đã trả lời", en: "Answered" };

/**
 * Call outcomes (AntRing's status_detail), named per direction: AntRing's CANCELLED means "placed a call and hung
 * up before the other side answered", which on an inbound call is the customer abandoning and on an outbound or
 * internal call our own side giving up. IVR uses AntRing's wording: the call reached the system, nobody picked up.
 * `any` names an outcome when the direction is not known (a mixed chart, the filter without a direction).
 */
export const STATUS_LABELS = {
  vi: {
    any: {
      SUCCESS: ANSWERED.vi,
      CANCELLED: "Gác máy trước khi trả lời",
      BUSY: "Máy bận",
      IVR: "Đã vào hệ thống, không ai nhấc máy",
      UNSUCCESS: "Không thành công",
    },
    inbound: { CANCELLED: "Khách bỏ máy" },
    outbound: { CANCELLED: "Hủy trước khi trả lời" },
    internal: { CANCELLED: "Hủy trước khi trả lời" },
  },
  en: {
    any: {
      SUCCESS: ANSWERED.en,
      CANCELLED: "Hung up before answer",
      BUSY: "Busy",
      IVR: "Reached the system, not picked up",
      UNSUCCESS: "Failed",
    },
    inbound: { CANCELLED: "Caller abandoned" },
    outbound: { CANCELLED: "Cancelled before answer" },
    internal: { CANCELLED: "Cancelled before answer" },
  },
} satisfies Record<LabelLocale, unknown>;

/** The calls table's words: its column headers and the names of directions and classes in its cells. */
export const CALL_LABELS = {
  vi: {
    columns: {
      started_at: "Thời gian",
      direction: "Chiều",
      status_detail: "Trạng thái",
      caller_number: "Người gọi",
      callee_number: "Người nhận",
      did_number: "Đầu số",
      duration_seconds: "Thời lượng",
      billing_seconds: "Đàm thoại",
      wait_seconds: "Chờ",
      class: "Loại",
      recording: "Ghi âm",
      caller_username: "Tài khoản người gọi",
      callee_username: "Tài khoản người nhận",
    },
    directions: { to_ab: "Gọi vào", from_ab: "Gọi ra" },
    classes: { one_one: "Nội bộ", trunking: "Trung kế" },
  },
  en: {
    columns: {
      started_at: "Time",
      direction: "Direction",
      status_detail: "Status",
      caller_number: "Caller",
      callee_number: "Callee",
      did_number: "DID",
      duration_seconds: "Duration",
      billing_seconds: "Talk",
      wait_seconds: "Wait",
      class: "Class",
      recording: "Recording",
      caller_username: "Caller account",
      callee_username: "Callee account",
    },
    directions: { to_ab: "Inbound", from_ab: "Outbound" },
    classes: { one_one: "Internal", trunking: "Trunk" },
  },
} satisfies Record<LabelLocale, unknown>;

/** The filter bar's names of the criteria (the summary export writes its filter in the same words). */
export const FILTER_LABELS = {
  vi: {
    direction: "Chiều gọi",
    status: "Trạng thái",
    did: "Đầu số",
    agent: "Nhân viên",
    callClass: "Loại cuộc gọi",
    number: "Số điện thoại",
    minDuration: "Thời lượng tối thiểu (giây)",
    maxDuration: "Thời lượng tối đa (giây)",
    recording: "Ghi âm",
    recordingChoices: { any: "Tất cả", yes: "Có ghi âm", no: "Không ghi âm" },
  },
  en: {
    direction: "Direction",
    status: "Status",
    did: "DID",
    agent: "Agent",
    callClass: "Call class",
    number: "Phone number",
    minDuration: "Minimum duration (seconds)",
    maxDuration: "Maximum duration (seconds)",
    recording: "Recording",
    recordingChoices: { any: "Any", yes: "Recorded", no: "Not recorded" },
  },
} satisfies Record<LabelLocale, unknown>;

/** The agents and DIDs pages' KPI table headers (the summary export's breakdown sheets use them too). */
export const BREAKDOWN_LABELS = {
  vi: {
    agent: "Nhân viên",
    did: "Đầu số",
    calls: "Cuộc gọi",
    inboundOffered: "Gọi vào",
    inboundAnswered: "Gọi vào đã trả lời",
    inboundMissed: "Gọi vào nhỡ",
    outboundAttempts: "Gọi ra",
    outboundConnectRate: "Tỷ lệ kết nối gọi ra",
    avgTalk: "Đàm thoại TB",
    totalTalk: "Tổng đàm thoại",
  },
  en: {
    agent: "Agent",
    did: "DID",
    calls: "Calls",
    inboundOffered: "Inbound",
    inboundAnswered: "Inbound answered",
    inboundMissed: "Inbound missed",
    outboundAttempts: "Outbound",
    outboundConnectRate: "Outbound connect rate",
    avgTalk: "Avg talk",
    totalTalk: "Total talk",
  },
} satisfies Record<LabelLocale, unknown>;

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
