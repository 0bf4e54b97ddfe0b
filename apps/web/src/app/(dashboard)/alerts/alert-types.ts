import type { RouterInputs, RouterOutputs } from "@antdash/api";
import type { Messages } from "~/i18n/messages";
import type { TimeDisplay } from "~/lib/view-props";

// Types only: the page's client code gets the shapes, never server code.
export type AlertsMessages = Messages["alerts"];
/** What the alerts page hands each of its parts that shows times. */
export type AlertsViewProps = TimeDisplay & { m: AlertsMessages };
export type AlertRuleView = RouterOutputs["alerts"]["rules"][number];
export type FiringAlertView = RouterOutputs["alerts"]["firing"][number];
export type AlertRuleFields = RouterInputs["alerts"]["create"];
export type AlertPreviewResult = RouterOutputs["alerts"]["preview"];
type AlertEventKind = RouterOutputs["alerts"]["history"]["events"][number]["kind"];

/** "{count}" in a message, filled in. */
export const fill = (template: string, count: number) => template.replace("{count}", String(count));

/** An alert event in words: it started, or it recovered. */
export const eventName = (kind: AlertEventKind, m: AlertsMessages) =>
  kind === "fired" ? m.history.fired : m.history.recovered;

/** Minutes after midnight as HH:MM (business hours are kept as minutes). */
export function hhmm(minutes: number): string {
  const h = Math.floor(minutes / 60);
  return `${String(h).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

/** "HH:MM" from a time input (24:00 is not typable: an end of 23:59 means to midnight). */
export function minutesOf(text: string): number {
  const [h, m] = text.split(":").map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}
