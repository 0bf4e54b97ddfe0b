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
