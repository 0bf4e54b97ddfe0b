import styles from "./wallboard.module.css";

export interface BarItem {
  key: string;
  label: string;
  value: number;
  /** Text after the value, e.g. a share or the answered count. */
  note?: string;
  /** Colours the bar (status panel). */
  status?: string;
}

/** Horizontal bars scaled to the largest value: big enough to compare from across the room. */
export function BarList({
  items,
  format,
  label,
}: {
  items: BarItem[];
  format: (n: number) => string;
  label: string;
}) {
  const max = Math.max(1, ...items.map((i) => i.value));
  return (
    <ul className={styles.bars} aria-label={label}>
      {items.map((item) => (
        <li key={item.key} className={styles.barRow}>
          <span className={styles.barLabel}>{item.label}</span>
          <span className={styles.barTrack} aria-hidden="true">
            <span
              className={styles.barFill}
              data-status={item.status}
              style={{ width: `${(item.value / max) * 100}%` }}
            />
          </span>
          <span className={styles.barValue}>
            {format(item.value)} {item.note ? <small>{item.note}</small> : null}
          </span>
        </li>
      ))}
    </ul>
  );
}
