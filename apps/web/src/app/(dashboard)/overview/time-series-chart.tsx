"use client";

import type { SeriesBucket, SeriesLayer } from "@antdash/dashboard-ui";
import { TimeSeriesChart as Series } from "@antdash/dashboard-ui/charts";
import styles from "./charts.module.css";
import { useDrill } from "./use-drill";

export type { SeriesBucket };

/** The dashboard components' calls-over-time chart; every segment links to its status's calls in its bucket. */
export default function TimeSeriesChart(props: {
  buckets: SeriesBucket[];
  series: SeriesLayer[];
  numberFormat: string;
  partialTone: string;
}) {
  return <Series {...props} onClick={useDrill()} classes={styles} />;
}
