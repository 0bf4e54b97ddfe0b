"use client";

import { ChartLink as ChartElement } from "@antdash/dashboard-ui";
import type { ComponentProps } from "react";
import styles from "./charts.module.css";
import { useDrill } from "./use-drill";

/** The dashboard components' chart element as a drill-down link that navigates inside the app. */
export function ChartLink(props: Omit<ComponentProps<typeof ChartElement>, "onClick" | "classes">) {
  return <ChartElement {...props} onClick={useDrill()} classes={styles} />;
}
