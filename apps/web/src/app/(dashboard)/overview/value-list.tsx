"use client";

import { ValueList as Values } from "@antdash/dashboard-ui";
import type { ComponentProps } from "react";
import styles from "./charts.module.css";
import { useDrill } from "./use-drill";

/** The dashboard components' value list (a chart's exact numbers), its entries drill-down links. */
export function ValueList(props: Omit<ComponentProps<typeof Values>, "onClick" | "classes">) {
  return <Values {...props} onClick={useDrill()} classes={styles} />;
}
