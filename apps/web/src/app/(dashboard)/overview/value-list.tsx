"use client";

import type { ChartDatum } from "./chart-datum";
import styles from "./charts.module.css";
import { useDrill } from "./use-drill";

/**
 * The exact numbers of a chart as a list of links (its legend): readable before the chart's script has loaded,
 * by screen readers, and with the keyboard.
 */
export function ValueList({
  data,
  locale,
  scroll,
}: {
  data: ChartDatum[];
  locale: string;
  scroll?: boolean;
}) {
  const onClick = useDrill();
  const numbers = new Intl.NumberFormat(locale);
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 });
  const total = data.reduce((sum, d) => sum + d.value, 0);
  return (
    <ul className={`${styles.values} ${scroll ? styles.scroll : ""}`}>
      {data.map((d) => (
        <li key={d.key}>
          <a
            href={d.href}
            onClick={onClick}
            data-testid="value-item"
            data-key={d.key}
            data-value={d.value}
          >
            <span className={`${styles.swatch} ${d.tone}`} aria-hidden="true" />
            <span className={styles.valueLabel}>{d.label}</span>
            <span className={styles.valueNumber}>{numbers.format(d.value)}</span>
            <span className={styles.valueShare}>{total > 0 ? percent.format(d.value / total) : ""}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
