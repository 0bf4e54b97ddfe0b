import { defineMessages } from "./define";

/** The links of a paged list (calls, call-backs): spread into each list's `pagination` beside its own label. */
export const pageLinks = defineMessages(
  {
    first: "Trang đầu",
    previous: "Trang trước",
    next: "Trang sau",
    page: "Trang {page}",
  },
  {
    first: "First page",
    previous: "Previous page",
    next: "Next page",
    page: "Page {page}",
  },
);
