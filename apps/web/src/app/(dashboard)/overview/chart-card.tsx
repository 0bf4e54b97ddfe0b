import { ChartCard as Card, type CardState } from "@antdash/dashboard-ui";
import type { ComponentProps } from "react";
import styles from "./charts.module.css";

export type { CardState };

/** The dashboard components' chart frame, styled by the overview's stylesheet. */
export function ChartCard(props: Omit<ComponentProps<typeof Card>, "classes">) {
  return <Card {...props} classes={styles} />;
}
