import { defineMessages } from "./define";

/** The KPI glossary page; the formulas themselves come from the API's glossary module. */
export const glossary = defineMessages(
  {
    title: "Thuật ngữ chỉ số",
    subtitle:
      "Cách tính mọi chỉ số trên bảng tổng quan, màn hình TV, báo cáo và bản xuất: cuộc gọi vào, gọi ra và nội bộ được tính riêng.",
    settingsInForce:
      "Đang áp dụng: ngưỡng mức phục vụ {serviceLevelSeconds} giây, bỏ máy sớm đến {shortAbandonSeconds} giây, mục tiêu mức phục vụ {serviceLevelTargetPercent}%.",
    changeSettings: "Đổi trong Cài đặt hệ thống",
    termsHeading: "Thuật ngữ",
    waitHeading: "Lưu ý về thời gian chờ",
    groups: { inbound: "Gọi vào", outbound: "Gọi ra", internal: "Nội bộ" },
    formula: "Công thức",
    meaning: "Ý nghĩa",
    units: { count: "số cuộc gọi", rate: "tỷ lệ (%)", seconds: "giây" },
    statusesHeading: "Tên kết quả cuộc gọi theo chiều gọi",
    statusColumns: { status: "Trạng thái AntRing", inbound: "Gọi vào", outbound: "Gọi ra và nội bộ" },
  },
  {
    title: "KPI glossary",
    subtitle:
      "How every number on the overview, the TV displays, reports and exports is computed: inbound, outbound and internal calls are counted apart.",
    settingsInForce:
      "In force: service level threshold {serviceLevelSeconds} s, short abandons up to {shortAbandonSeconds} s, service level target {serviceLevelTargetPercent}%.",
    changeSettings: "Change them in Settings",
    termsHeading: "Terms",
    waitHeading: "About the wait",
    groups: { inbound: "Inbound", outbound: "Outbound", internal: "Internal" },
    formula: "Formula",
    meaning: "Meaning",
    units: { count: "calls", rate: "rate (%)", seconds: "seconds" },
    statusesHeading: "Call outcome names by direction",
    statusColumns: { status: "AntRing status", inbound: "Inbound", outbound: "Outbound and internal" },
  },
);
