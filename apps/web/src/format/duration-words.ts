import { fillTemplate } from "~/filters/fill-template";

/** The unit words of durations in the viewer's language. */
export interface DurationUnits {
  hours: string;
  minutes: string;
  seconds: string;
}

/** 3725 → "1 h 2 min" (hours drop the seconds), 125 → "2 min 5 s", 42.4 → "42 s". */
export function formatDurationInWords(totalSeconds: number, units: DurationUnits): string {
  const seconds = Math.round(totalSeconds);
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  if (h > 0) return m > 0 ? `${h} ${units.hours} ${m} ${units.minutes}` : `${h} ${units.hours}`;
  if (m > 0) return s > 0 ? `${m} ${units.minutes} ${s} ${units.seconds}` : `${m} ${units.minutes}`;
  return `${s} ${units.seconds}`;
}

/** A bin [from, to) of seconds: "10 s – 30 s", or "≥ 1 h" for the open last bin. */
export function binLabel(
  from: number,
  to: number | null,
  units: DurationUnits,
  openTemplate: string,
): string {
  if (to === null) return fillTemplate(openTemplate, { from: formatDurationInWords(from, units) });
  return `${formatDurationInWords(from, units)} – ${formatDurationInWords(to, units)}`;
}
