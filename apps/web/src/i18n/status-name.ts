import { CLASS_VALUES, DIRECTION_VALUES } from "./call-values";
import type { Messages } from "./messages";

export type StatusNames = Messages["calls"]["statuses"];
export type CallStatusName = keyof StatusNames["any"];
/** What is known of the calls a status is shown for: one direction or class, or nothing (a mix). */
export interface StatusContext {
  direction?: "to_ab" | "from_ab" | null;
  callClass?: "one_one" | "trunking" | null;
}

/**
 * Inbound = trunking & to_ab, outbound = trunking & from_ab, internal = one_one (the KPI definitions). A direction
 * without a class still names CANCELLED by the side that hung up (the internal calls among them are few).
 */
export function callKindOf({
  direction,
  callClass,
}: StatusContext): Exclude<keyof StatusNames, "any"> | null {
  if (callClass === "one_one") return "internal";
  if (direction === "to_ab") return "inbound";
  if (direction === "from_ab") return "outbound";
  return null;
}

/** The name of an outcome for the calls it is shown for. */
export function statusName(names: StatusNames, status: CallStatusName, context: StatusContext = {}): string {
  const kind = callKindOf(context);
  const specific = kind ? (names[kind] as Partial<Record<CallStatusName, string>>)[status] : undefined;
  return specific ?? names.any[status];
}

/** The one direction / class a filter selects, if it selects exactly one. */
export function statusContextOf(filter: {
  direction?: readonly string[] | null;
  callClass?: readonly string[] | null;
}): StatusContext {
  const only = <T extends string>(values: readonly string[] | null | undefined, allowed: readonly T[]) =>
    values?.length === 1 && allowed.includes(values[0] as T) ? (values[0] as T) : null;
  return {
    direction: only(filter.direction, DIRECTION_VALUES),
    callClass: only(filter.callClass, CLASS_VALUES),
  };
}

/** Every outcome's name for the calls of one context (a chart or a filter list). */
export function statusNamesFor(names: StatusNames, context: StatusContext): Record<CallStatusName, string> {
  const kind = callKindOf(context);
  return { ...names.any, ...(kind ? names[kind] : {}) };
}
