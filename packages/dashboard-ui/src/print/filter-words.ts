import type { ReportCriteria } from "@antdash/api";
import { fillTemplate } from "../fill-template";
import type { PrintWords } from "./print-words";

/** The report's filter in words: "all calls", or each criterion with its translated name and values. */
export function filterInWords(criteria: ReportCriteria, viewName: string | null, w: PrintWords): string {
  const n = w.filterNames;
  const parts: string[] = [];
  if (criteria.direction?.length)
    parts.push(`${n.direction}: ${criteria.direction.map((d) => w.directions[d]).join(", ")}`);
  if (criteria.status?.length)
    parts.push(`${n.status}: ${criteria.status.map((s) => w.statuses[s]).join(", ")}`);
  if (criteria.callClass?.length)
    parts.push(`${n.callClass}: ${criteria.callClass.map((c) => w.classes[c]).join(", ")}`);
  if (criteria.did?.length) parts.push(`${n.did}: ${criteria.did.join(", ")}`);
  if (criteria.agent?.length) parts.push(`${n.agent}: ${criteria.agent.join(", ")}`);
  if (criteria.number) parts.push(`${n.number}: ${criteria.number}`);
  if (criteria.minDurationSeconds !== undefined || criteria.maxDurationSeconds !== undefined)
    parts.push(
      fillTemplate(w.duration, {
        min: criteria.minDurationSeconds ?? 0,
        max: criteria.maxDurationSeconds ?? "∞",
      }),
    );
  if (criteria.hasRecording !== undefined)
    parts.push(criteria.hasRecording ? w.recording.yes : w.recording.no);
  const what = parts.length ? parts.join(" · ") : w.allCalls;
  return viewName ? `${what} (${w.view} “${viewName}”)` : what;
}
