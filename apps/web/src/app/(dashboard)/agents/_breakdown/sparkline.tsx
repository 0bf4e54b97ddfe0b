import styles from "./breakdown.module.css";

const WIDTH = 96;
const HEIGHT = 24;

/** A tiny line of counts over time; screen readers get the numbers themselves. */
export function Sparkline({ values, label }: { values: readonly number[]; label: string }) {
  const max = Math.max(1, ...values);
  const step = values.length > 1 ? WIDTH / (values.length - 1) : 0;
  const points = values
    .map((value, i) => `${(i * step).toFixed(1)},${(HEIGHT - 2 - (value / max) * (HEIGHT - 4)).toFixed(1)}`)
    .join(" ");
  return (
    <svg
      className={styles.sparkline}
      width={WIDTH}
      height={HEIGHT}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={`${label}: ${values.join(", ")}`}
    >
      {values.length === 1 ? (
        <circle cx={WIDTH / 2} cy={HEIGHT / 2} r={2} />
      ) : (
        <polyline points={points} fill="none" strokeWidth={1.5} strokeLinejoin="round" />
      )}
    </svg>
  );
}
