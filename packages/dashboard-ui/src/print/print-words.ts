import {
  BREAKDOWN_LABELS,
  CALL_LABELS,
  FILTER_LABELS,
  KPI_GLOSSARY,
  STATUS_LABELS,
} from "@antdash/api/labels";
import type { KpiCardWords } from "../kpi/kpi-cards";
import { KPI_GLOSSARY_KEYS, type KpiId } from "../kpi/kpi-specs";
import type { UiLocale } from "../locale";

// The printed report's words in both languages. Names shared with the dashboard come from the API's labels: the
// KPI cards are labelled by the KPI glossary, the tables' columns, directions, statuses and filter names by the
// same labels the pages and exports use.

const OWN = {
  en: {
    report: "Call report",
    period: "Period",
    previous: "compared with",
    filter: "Calls",
    allCalls: "all calls",
    view: "saved view",
    generated: "Generated",
    incomplete: "INCOMPLETE: the data of this period had not been fully synced when this report was made.",
    totalCalls: "Total calls",
    previousValue: "previous period: {previous}",
    kpiLabel: "Key figures",
    groups: { inbound: "Inbound", outbound: "Outbound", internal: "Internal" },
    target: "Target {target}",
    belowTarget: "Below target",
    metTarget: "Target met",
    noneNote: "No calls to compute it from",
    delta: "{change} vs previous period ({previous})",
    deltaNoBase: "Previous period: {previous}",
    unchanged: "Same as previous period",
    points: "pts",
    units: { hours: "h", minutes: "min", seconds: "s" },
    charts: {
      direction: "Direction",
      status: "Call outcome",
      timeSeries: "Calls over time",
      did: "Calls per DID",
    },
    buckets: { hour: "by hour", day: "by day", week: "by week", month: "by month" },
    element: "{name}: {count} calls",
    noData: "No calls in this period.",
    agents: "Agents",
    dids: "DIDs",
    total: "Total in the period",
    noDid: "No DID (outbound, internal)",
    backlog: "Call-back backlog",
    waiting: "{count} callers waiting to be called back",
    oldest: "the oldest missed since {at}",
    number: "Number",
    lastCall: "Last call",
    attempts: "Calls",
    recording: { yes: "recorded", no: "not recorded" },
    duration: "duration {min}–{max} s",
  },
  vi: {
    report: "Báo cáo cuộc gọi",
    period: "Kỳ báo cáo",
    previous: "so với",
    filter: "Cuộc gọi",
    allCalls: "tất cả cuộc gọi",
    view: "bộ lọc đã lưu",
    generated: "Tạo lúc",
    incomplete: "CHƯA ĐẦY ĐỦ: dữ liệu của kỳ này chưa được đồng bộ hết khi tạo báo cáo.",
    totalCalls: "Tổng số cuộc gọi",
    previousValue: "kỳ trước: {previous}",
    kpiLabel: "Chỉ số chính",
    groups: { inbound: "Gọi vào", outbound: "Gọi ra", internal: "Nội bộ" },
    target: "Mục tiêu {target}",
    belowTarget: "Dưới mục tiêu",
    metTarget: "Đạt mục tiêu",
    noneNote: "Không có cuộc gọi nào để tính",
    delta: "{change} so với kỳ trước ({previous})",
    deltaNoBase: "Kỳ trước: {previous}",
    unchanged: "Không đổi so với kỳ trước",
    points: "điểm",
    units: { hours: "giờ", minutes: "phút", seconds: "giây" },
    charts: {
      direction: "Chiều gọi",
      status: "Kết quả cuộc gọi",
      timeSeries: "Cuộc gọi theo thời gian",
      did: "Cuộc gọi theo đầu số",
    },
    buckets: { hour: "theo giờ", day: "theo ngày", week: "theo tuần", month: "theo tháng" },
    element: "{name}: {count} cuộc gọi",
    noData: "Không có cuộc gọi nào trong kỳ này.",
    agents: "Nhân viên",
    dids: "Đầu số",
    total: "Tổng trong kỳ",
    noDid: "Không qua đầu số (gọi ra, nội bộ)",
    backlog: "Danh sách cần gọi lại",
    waiting: "{count} khách đang chờ được gọi lại",
    oldest: "cuộc nhỡ cũ nhất từ {at}",
    number: "Số điện thoại",
    lastCall: "Cuộc gọi gần nhất",
    attempts: "Số cuộc gọi",
    recording: { yes: "có ghi âm", no: "không ghi âm" },
    duration: "thời lượng {min}–{max} giây",
  },
} satisfies Record<UiLocale, unknown>;

/** Each card's label: the glossary's name of its number. */
function glossaryLabels(locale: UiLocale): Record<KpiId, string> {
  const labels = {} as Record<KpiId, string>;
  for (const [id, key] of Object.entries(KPI_GLOSSARY_KEYS) as [KpiId, string][]) {
    const entry = KPI_GLOSSARY.find((e) => e.key === key);
    if (!entry) throw new Error(`The KPI glossary has no entry ${key}`);
    labels[id] = entry.name[locale];
  }
  return labels;
}

export function printWords(locale: UiLocale) {
  const own = OWN[locale];
  const cards: KpiCardWords = {
    kpiLabel: own.kpiLabel,
    kpis: {
      groups: own.groups,
      labels: glossaryLabels(locale),
      howComputed: "",
      target: own.target,
      belowTarget: own.belowTarget,
      metTarget: own.metTarget,
      none: "—",
      noneNote: own.noneNote,
    },
    delta: own.delta,
    deltaNoBase: own.deltaNoBase,
    unchanged: own.unchanged,
    points: own.points,
    units: own.units,
  };
  return {
    ...own,
    cards,
    columns: BREAKDOWN_LABELS[locale],
    filterNames: FILTER_LABELS[locale],
    directions: CALL_LABELS[locale].directions,
    classes: CALL_LABELS[locale].classes,
    statuses: STATUS_LABELS[locale].any,
  };
}

export type PrintWords = ReturnType<typeof printWords>;
