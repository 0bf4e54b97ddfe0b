import { defineMessages } from "./define";

/** The overview page: KPI cards and charts. */
export const overview = defineMessages(
  {
    title: "Tổng quan",
    range: "30 ngày qua",
    total: "Tổng cuộc gọi",
    answered: "Đã trả lời",
    answerRate: "Tỷ lệ trả lời",
    loading: "Đang tải…",
    failed: "Không tải được số liệu.",
    empty: "Chưa có cuộc gọi nào trong khoảng thời gian này. Dữ liệu sẽ xuất hiện khi đồng bộ xong.",
  },
  {
    title: "Overview",
    range: "Last 30 days",
    total: "Total calls",
    answered: "Answered",
    answerRate: "Answer rate",
    loading: "Loading…",
    failed: "Could not load the numbers.",
    empty: "No calls in this period yet. Data appears once the sync has run.",
  },
);
