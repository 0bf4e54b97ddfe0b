"use client";

import type { ChartDatum } from "@antdash/dashboard-ui";
import { DirectionChart as Donut } from "@antdash/dashboard-ui/charts";
import styles from "./charts.module.css";
import { useDrill } from "./use-drill";

/** The dashboard components' direction donut; each slice links to its calls. */
export default function DirectionChart({ data }: { data: ChartDatum[] }) {
  return <Donut data={data} onClick={useDrill()} classes={styles} />;
}
