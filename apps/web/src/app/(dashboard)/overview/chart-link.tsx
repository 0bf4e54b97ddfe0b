"use client";

import type { ReactNode } from "react";
import styles from "./charts.module.css";
import { useDrill } from "./use-drill";

/**
 * One clickable element of an SVG chart (a bar, a slice, a point): a real link to the calls it counts, readable by
 * tests and screen readers (`data-key`, `data-value`, `aria-label` "BUSY: 123 calls").
 */
export function ChartLink({
  href,
  elementKey,
  value,
  label,
  children,
}: {
  href: string;
  elementKey: string;
  value: number;
  label: string;
  children: ReactNode;
}) {
  const onClick = useDrill();
  return (
    <a
      href={href}
      onClick={onClick}
      className={styles.chartLink}
      data-testid="chart-element"
      data-key={elementKey}
      data-value={value}
      aria-label={label}
    >
      <title>{label}</title>
      {children}
    </a>
  );
}
