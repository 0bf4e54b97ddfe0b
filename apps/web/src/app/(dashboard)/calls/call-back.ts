import type { CallDetail } from "./call-types";

/** What click-to-call accepts (the API's rule): 3 to 15 digits once spaces and dashes are dropped. */
const DIALABLE = /^\d{3,15}$/;

/**
 * The number to call back: the outside party. Inbound calls came from the caller, outbound ones went to the
 * callee. Null when that party is not a phone number (a SIP account name), which click-to-call cannot dial.
 */
export function callBackNumber(call: Pick<CallDetail, "direction" | "callerNumber" | "calleeNumber">): {
  number: string;
  dialable: boolean;
} {
  const number = call.direction === "to_ab" ? call.callerNumber : call.calleeNumber;
  return { number, dialable: DIALABLE.test(number.replace(/[\s-]/g, "")) };
}

export type CallBackProblem = "deviceOffline" | "notConfigured" | "failed";

/**
 * Why click-to-call failed, from the tRPC error. Both SIP problems arrive as PRECONDITION_FAILED and the API sends
 * no error name, so the two are told apart by the API's message (SipDeviceNotConfiguredError says "No SIP device");
 * this is the one place that reads it.
 */
export function callBackProblem(error: unknown): CallBackProblem {
  const shape = error as { data?: { code?: unknown } | null; message?: unknown } | null;
  if (shape?.data?.code !== "PRECONDITION_FAILED") return "failed";
  return typeof shape.message === "string" && /no sip device/i.test(shape.message) ? "notConfigured" : "deviceOffline";
}
