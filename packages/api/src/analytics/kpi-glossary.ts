/**
 * The KPI glossary: what each number of kpis.ts means, in the words a supervisor reads, in Vietnamese and English.
 * The web's glossary page and the cards' tooltips render this module; the formulas themselves live in kpis.ts only.
 * Texts may hold the placeholders {serviceLevelSeconds}, {shortAbandonSeconds} and {serviceLevelTargetPercent}, to
 * be replaced with the settings in force (fillGlossaryText).
 */

export interface GlossaryText {
  vi: string;
  en: string;
}

export const KPI_GLOSSARY_GROUPS = ["inbound", "outbound", "internal"] as const;
export type KpiGlossaryGroup = (typeof KPI_GLOSSARY_GROUPS)[number];

export interface KpiGlossaryEntry {
  /** Path of the number in the API's summary: "kpis.inbound.serviceLevel", or "outboundAvgTalkSeconds". */
  key: string;
  group: KpiGlossaryGroup;
  name: GlossaryText;
  /** The formula, in words. */
  formula: GlossaryText;
  /** One or two sentences: what it tells a supervisor. */
  explanation: GlossaryText;
  /** How it is shown: a count, a 0..1 rate shown as %, or seconds. */
  unit: "count" | "rate" | "seconds";
}

/** Terms used by the formulas. */
export const KPI_GLOSSARY_TERMS: readonly { term: string; name: GlossaryText; definition: GlossaryText }[] = [
  {
    term: "inbound",
    name: { vi: "Cuộc gọi vào", en: "Inbound call" },
    definition: {
      vi: "Cuộc gọi qua trung kế (class trunking) từ bên ngoài vào tổng đài (direction to_ab).",
      en: "A call over the trunk (class trunking) from outside to the call center (direction to_ab).",
    },
  },
  {
    term: "outbound",
    name: { vi: "Cuộc gọi ra", en: "Outbound call" },
    definition: {
      vi: "Cuộc gọi qua trung kế (class trunking) từ tổng đài ra bên ngoài (direction from_ab).",
      en: "A call over the trunk (class trunking) from the call center to outside (direction from_ab).",
    },
  },
  {
    term: "internal",
    name: { vi: "Cuộc gọi nội bộ", en: "Internal call" },
    definition: {
      vi: "Cuộc gọi giữa hai máy nhánh (class one_one); không tính vào chỉ số gọi vào hay gọi ra.",
      en: "A call between two extensions (class one_one); it counts in neither the inbound nor the outbound KPIs.",
    },
  },
  {
    term: "wait",
    name: { vi: "Thời gian chờ", en: "Wait" },
    definition: {
      vi: "Thời lượng trừ thời gian đàm thoại (duration_seconds − billing_seconds). AntRing không cho biết lúc cuộc gọi vào hàng đợi, nên thời gian chờ gồm cả thời gian đổ chuông và IVR.",
      en: "Duration minus talk time (duration_seconds − billing_seconds). AntRing does not give the time a call entered the queue, so the wait includes ringing and IVR time.",
    },
  },
  {
    term: "shortAbandon",
    name: { vi: "Bỏ máy sớm", en: "Short abandon" },
    definition: {
      vi: "Cuộc gọi vào bị người gọi bỏ máy (CANCELLED) với thời lượng ≤ {shortAbandonSeconds} giây: thường là gọi nhầm, không tính vào tỷ lệ bỏ máy và mức phục vụ.",
      en: "An inbound call the caller abandoned (CANCELLED) within {shortAbandonSeconds} s of duration: usually a misdial, left out of the abandon rate and the service level.",
    },
  },
];

/** The caveat to show wherever a wait is shown. */
export const WAIT_CAVEAT: GlossaryText = {
  vi: "Thời gian chờ = thời lượng − thời gian đàm thoại, gồm cả thời gian đổ chuông và IVR (AntRing không cho biết lúc vào hàng đợi).",
  en: "Wait = duration − talk time, including ringing and IVR time (AntRing does not give the queue-entry time).",
};

/** A rate or mean with nothing to divide by is shown as this, never as 0. */
export const NO_VALUE_NOTE: GlossaryText = {
  vi: "“—”: không có cuộc gọi nào để tính (mẫu số bằng 0).",
  en: "“—”: there are no calls to compute it from (the denominator is 0).",
};

const entry = (
  key: string,
  group: KpiGlossaryGroup,
  unit: KpiGlossaryEntry["unit"],
  name: GlossaryText,
  formula: GlossaryText,
  explanation: GlossaryText,
): KpiGlossaryEntry => ({ key, group, unit, name, formula, explanation });

export const KPI_GLOSSARY: readonly KpiGlossaryEntry[] = [
  entry(
    "kpis.inbound.offered",
    "inbound",
    "count",
    { vi: "Cuộc gọi vào", en: "Offered" },
    { vi: "Số cuộc gọi vào.", en: "Number of inbound calls." },
    {
      vi: "Mọi cuộc gọi khách hàng gọi đến tổng đài, dù có được trả lời hay không.",
      en: "Every call customers made to the call center, answered or not.",
    },
  ),
  entry(
    "kpis.inbound.answered",
    "inbound",
    "count",
    { vi: "Đã trả lời", en: "Answered" },
    { vi: "Cuộc gọi vào có trạng thái SUCCESS.", en: "Inbound calls with status SUCCESS." },
    { vi: "Cuộc gọi vào được nhân viên nghe máy.", en: "Inbound calls an agent picked up." },
  ),
  entry(
    "kpis.inbound.missed",
    "inbound",
    "count",
    { vi: "Nhỡ", en: "Missed" },
    { vi: "Cuộc gọi vào − đã trả lời.", en: "Offered − answered." },
    {
      vi: "Cuộc gọi vào không được trả lời, vì bất kỳ lý do gì: khách bỏ máy; máy bận; đã vào hệ thống, không ai nhấc máy (IVR); không thành công.",
      en: "Inbound calls not answered, for any reason: caller abandoned; busy; reached the system, not picked up (IVR); failed.",
    },
  ),
  entry(
    "kpis.inbound.abandoned",
    "inbound",
    "count",
    { vi: "Khách bỏ máy", en: "Abandoned" },
    { vi: "Cuộc gọi vào có trạng thái CANCELLED.", en: "Inbound calls with status CANCELLED." },
    {
      vi: "Người gọi gác máy trước khi được trả lời.",
      en: "The caller hung up before anyone answered.",
    },
  ),
  entry(
    "kpis.inbound.shortAbandoned",
    "inbound",
    "count",
    { vi: "Bỏ máy sớm", en: "Short abandons" },
    {
      vi: "Cuộc gọi vào bị bỏ máy có thời lượng ≤ {shortAbandonSeconds} giây.",
      en: "Abandoned inbound calls with a duration ≤ {shortAbandonSeconds} s.",
    },
    {
      vi: "Thường là gọi nhầm hoặc gác máy ngay; không tính vào tỷ lệ bỏ máy và mức phục vụ.",
      en: "Usually misdials or instant hang-ups; left out of the abandon rate and the service level.",
    },
  ),
  entry(
    "kpis.inbound.answerRate",
    "inbound",
    "rate",
    { vi: "Tỷ lệ trả lời", en: "Answer rate" },
    { vi: "Đã trả lời ÷ cuộc gọi vào.", en: "Answered ÷ offered." },
    { vi: "Phần cuộc gọi vào được nghe máy.", en: "The share of inbound calls that were answered." },
  ),
  entry(
    "kpis.inbound.abandonRate",
    "inbound",
    "rate",
    { vi: "Tỷ lệ bỏ máy", en: "Abandon rate" },
    {
      vi: "(Bỏ máy − bỏ máy sớm) ÷ (cuộc gọi vào − bỏ máy sớm).",
      en: "(Abandoned − short abandons) ÷ (offered − short abandons).",
    },
    {
      vi: "Phần khách hàng hết kiên nhẫn và gác máy trước khi được trả lời, không tính các cuộc bỏ máy sớm.",
      en: "The share of callers who gave up before being answered, short abandons left out.",
    },
  ),
  entry(
    "kpis.inbound.serviceLevel",
    "inbound",
    "rate",
    { vi: "Mức phục vụ", en: "Service level" },
    {
      vi: "Cuộc gọi vào được trả lời với thời gian chờ ≤ {serviceLevelSeconds} giây ÷ (cuộc gọi vào − bỏ máy sớm).",
      en: "Inbound calls answered with a wait ≤ {serviceLevelSeconds} s ÷ (offered − short abandons).",
    },
    {
      vi: "Phần cuộc gọi được trả lời đủ nhanh; mục tiêu {serviceLevelTargetPercent}%. Thời gian chờ gồm cả đổ chuông và IVR.",
      en: "The share of calls answered quickly enough; the target is {serviceLevelTargetPercent}%. The wait includes ringing and IVR.",
    },
  ),
  entry(
    "kpis.inbound.asaSeconds",
    "inbound",
    "seconds",
    { vi: "Tốc độ trả lời trung bình (ASA)", en: "Average speed of answer (ASA)" },
    {
      vi: "Trung bình thời gian chờ của các cuộc gọi vào đã trả lời.",
      en: "Mean wait of answered inbound calls.",
    },
    {
      vi: "Khách hàng được trả lời thường chờ bao lâu. Thời gian chờ gồm cả đổ chuông và IVR.",
      en: "How long answered customers waited on average. The wait includes ringing and IVR.",
    },
  ),
  entry(
    "kpis.inbound.avgAbandonWaitSeconds",
    "inbound",
    "seconds",
    { vi: "Thời gian chờ trước khi bỏ máy", en: "Average wait before abandoning" },
    {
      vi: "Trung bình thời lượng của các cuộc gọi vào bị bỏ máy (kể cả bỏ máy sớm).",
      en: "Mean duration of abandoned inbound calls (short abandons included).",
    },
    {
      vi: "Khách hàng chịu chờ bao lâu trước khi gác máy.",
      en: "How long callers were willing to wait before hanging up.",
    },
  ),
  entry(
    "kpis.outbound.attempts",
    "outbound",
    "count",
    { vi: "Cuộc gọi ra", en: "Attempts" },
    { vi: "Số cuộc gọi ra.", en: "Number of outbound calls." },
    { vi: "Mọi cuộc gọi nhân viên gọi ra ngoài.", en: "Every call agents placed to outside numbers." },
  ),
  entry(
    "kpis.outbound.connected",
    "outbound",
    "count",
    { vi: "Kết nối", en: "Connected" },
    { vi: "Cuộc gọi ra có trạng thái SUCCESS.", en: "Outbound calls with status SUCCESS." },
    { vi: "Cuộc gọi ra được người nhận nghe máy.", en: "Outbound calls the other side picked up." },
  ),
  entry(
    "kpis.outbound.connectRate",
    "outbound",
    "rate",
    { vi: "Tỷ lệ kết nối", en: "Connect rate" },
    { vi: "Kết nối ÷ cuộc gọi ra.", en: "Connected ÷ attempts." },
    {
      vi: "Phần cuộc gọi ra có người nghe. Cuộc gọi ra không ai nghe không phải là cuộc gọi nhỡ của tổng đài.",
      en: "The share of outbound calls someone picked up. An unanswered outbound call is not a call the center missed.",
    },
  ),
  entry(
    "kpis.outbound.busy",
    "outbound",
    "count",
    { vi: "Máy bận", en: "Busy" },
    { vi: "Cuộc gọi ra có trạng thái BUSY.", en: "Outbound calls with status BUSY." },
    { vi: "Người nhận đang bận máy.", en: "The number called was busy." },
  ),
  entry(
    "outboundAvgTalkSeconds",
    "outbound",
    "seconds",
    { vi: "Thời gian đàm thoại trung bình (gọi ra)", en: "Average talk (outbound)" },
    {
      vi: "Tổng thời gian đàm thoại (billing_seconds) của các cuộc gọi ra đã kết nối ÷ số cuộc kết nối.",
      en: "Total talk time (billing_seconds) of connected outbound calls ÷ connected.",
    },
    {
      vi: "Một cuộc gọi ra kết nối thường kéo dài bao lâu.",
      en: "How long a connected outbound call lasts on average.",
    },
  ),
  entry(
    "kpis.internal.calls",
    "internal",
    "count",
    { vi: "Cuộc gọi nội bộ", en: "Internal calls" },
    { vi: "Số cuộc gọi giữa hai máy nhánh.", en: "Number of calls between two extensions." },
    {
      vi: "Tính riêng: không làm thay đổi tỷ lệ trả lời hay mức phục vụ.",
      en: "Counted apart: they change neither the answer rate nor the service level.",
    },
  ),
];

/** A glossary text with its placeholders replaced by the settings in force. */
export function fillGlossaryText(
  text: string,
  settings: { serviceLevelSeconds: number; shortAbandonSeconds: number; serviceLevelTargetPercent: number },
): string {
  return text.replace(
    /\{(serviceLevelSeconds|shortAbandonSeconds|serviceLevelTargetPercent)\}/g,
    (_, name: string) => String(settings[name as keyof typeof settings]),
  );
}
