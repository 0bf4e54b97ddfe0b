"use client";

import type { ChartDatum } from "@antdash/dashboard-ui";
import { BarListChart as Bars } from "@antdash/dashboard-ui/charts";
import styles from "./charts.module.css";
import { useDrill } from "./use-drill";

/** The dashboard components' bar list (statuses, DIDs); each bar links to its calls. */
export default function BarListChart({ data, numberFormat }: { data: ChartDatum[]; numberFormat: string }) {
  return <Bars data={data} numberFormat={numberFormat} onClick={useDrill()} classes={styles} />;
}
