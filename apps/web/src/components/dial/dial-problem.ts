/** Why click-to-call failed, in words the dial button chooses its message by. */
export type CallBackProblem = "deviceOffline" | "notConfigured" | "failed";

/**
 * Why click-to-call failed, from the tRPC error. Both SIP problems arrive as PRECONDITION_FAILED and the API sends
 * no error name, so the two are told apart by the API's message (SipDeviceNotConfiguredError says "No SIP device");
 * this is the one place that reads it.
 */
export function callBackProblem(error: unknown): CallBackProblem {
  const shape = error as { data?: { code?: unknown } | null; message?: unknown } | null;
  if (shape?.data?.code !== "PRECONDITION_FAILED") return "failed";
  return typeof shape.message === "string" && /no sip device/i.test(shape.message)
    ? "notConfigured"
    : "deviceOffline";
}
