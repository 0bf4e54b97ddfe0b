import type { CallbackCaseView, CloseReason } from "@antdash/api";

/** One case of the worklist as callbacks.list returns it. */
export type CallbackCaseRow = CallbackCaseView;
export type { CloseReason };

/** The reasons a case can be closed by hand, in the order the dialog offers them. */
export const CLOSE_REASONS = [
  "wrong_number",
  "spam",
  "handled_elsewhere",
] as const satisfies readonly CloseReason[];
