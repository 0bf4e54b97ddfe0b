import { defineMessages } from "./define";

const ANSWERED = { vi: "Đã trả lời", en: "Answered" };

/**
 * Call outcomes (AntRing's status_detail), named per direction: AntRing's CANCELLED means "placed a call and hung
 * up before the other side answered", which on an inbound call is the customer abandoning and on an outbound or
 * internal call our own side giving up. IVR uses AntRing's wording: the call reached the system, nobody picked up.
 * `any` names an outcome when the direction is not known (a mixed chart, the filter without a direction).
 */
export const statuses = defineMessages(
  {
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
  {
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
);
