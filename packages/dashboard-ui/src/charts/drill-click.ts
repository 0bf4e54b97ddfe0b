import type { MouseEvent } from "react";

/** The host's handler for a click on a drill-down link (the web navigates inside the app without a page load). */
export type DrillClick = (event: MouseEvent<Element>) => void;

/** A chart's fixed size in print: recharts then draws without ResponsiveContainer (nothing to measure on paper). */
export interface PrintSize {
  width: number;
  height: number;
}
