import { errorReasonOf } from "~/lib/api-error";

/** Why click-to-call failed, in words the dial button chooses its message by. */
export type CallBackProblem = "deviceOffline" | "notConfigured" | "failed";

/** Why click-to-call failed, by the API's reason (both SIP problems share the code PRECONDITION_FAILED). */
export function callBackProblem(error: unknown): CallBackProblem {
  const reason = errorReasonOf(error);
  if (reason === "sipDeviceNotConfigured") return "notConfigured";
  return reason === "sipDeviceOffline" ? "deviceOffline" : "failed";
}
