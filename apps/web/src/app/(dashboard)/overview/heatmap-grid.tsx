"use client";

import styles from "./charts.module.css";
import { useDrill } from "./use-drill";

export interface HeatmapCellView {
  weekday: number;
  hour: number;
  calls: number;
  /** 0 (no calls) .. 5 (the busiest hour, the most missed, or the lowest answer rate). */
  level: number;
  /** Absent when the hour never occurs in the range (nothing to open). */
  href?: string;
  aria: string;
  /** Extra explanation shown on hover (e.g. that the cell recurs and drills into its latest hour). */
  title?: string;
}

/**
 * Hours (columns) × weekdays (rows, Monday first) drawn as a grid of links: recharts has no heatmap. Each cell's
 * shade says how busy that hour is; its label says exactly.
 */
export function HeatmapGrid({
  rows,
  mode,
  hourLabel,
  legend,
}: {
  rows: { weekday: number; name: string; cells: HeatmapCellView[] }[];
  /** Volume shades in the accent colour; missed calls and low answer rates in the danger colour. */
  mode: string;
  hourLabel: string;
  legend: { fewer: string; more: string };
}) {
  const onClick = useDrill();
  return (
    <div className={styles.heatmap} data-mode={mode}>
      <div className={styles.heatGrid} role="table" aria-rowcount={rows.length + 1}>
        <div className={styles.heatRow} role="row">
          <span className={styles.heatCorner} role="columnheader">
            {hourLabel}
          </span>
          {Array.from({ length: 24 }, (_, hour) => (
            <span key={hour} className={styles.heatHour} role="columnheader">
              {hour % 3 === 0 ? hour : ""}
              <span className="visually-hidden">{hour % 3 === 0 ? "" : hour}</span>
            </span>
          ))}
        </div>
        {rows.map((row) => (
          <div key={row.weekday} className={styles.heatRow} role="row">
            <span className={styles.heatDay} role="rowheader">
              {row.name}
            </span>
            {row.cells.map((cell) => (
              <span key={cell.hour} role="cell" className={styles.heatCellWrap}>
                <a
                  href={cell.href}
                  onClick={cell.href ? onClick : undefined}
                  className={styles.heatCell}
                  data-level={cell.level}
                  data-testid="chart-element"
                  data-key={`${cell.weekday}-${cell.hour}`}
                  data-value={cell.calls}
                  aria-label={cell.aria}
                  title={cell.title ? `${cell.aria}\n${cell.title}` : cell.aria}
                />
              </span>
            ))}
          </div>
        ))}
      </div>
      <div className={styles.heatLegend} aria-hidden="true">
        <span>{legend.fewer}</span>
        {[0, 1, 2, 3, 4, 5].map((level) => (
          <span key={level} className={styles.heatSwatch} data-level={level} />
        ))}
        <span>{legend.more}</span>
      </div>
    </div>
  );
}
