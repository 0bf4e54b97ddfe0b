import styles from "./breakdown.module.css";

const WIDTH = 96;
const HEIGHT = 24;

/**
 * A tiny line of counts over time; screen readers get the numbers themselves. When the last point is the period
 * still running, the line to it is dashed and the point hollow, so its smaller count does not read as a drop.
 */
export function Sparkline({
  values,
  label,
  partialLast = false,
}: {
  values: readonly number[];
  label: string;
  partialLast?: boolean;
}) {
  const max = Math.max(1, ...values);
  const step = values.length > 1 ? WIDTH / (values.length - 1) : 0;
  const xy = values.map(
    (value, i) => [(i * step).toFixed(1), (HEIGHT - 2 - (value / max) * (HEIGHT - 4)).toFixed(1)] as const,
  );
  const solid = partialLast ? xy.slice(0, -1) : xy;
  const last = xy.at(-1);
  return (
    <svg
      className={styles.sparkline}
      width={WIDTH}
      height={HEIGHT}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={`${label}: ${values.join(", ")}`}
      data-partial={partialLast || undefined}
    >
      {values.length === 1 ? (
        <circle
          cx={WIDTH / 2}
          cy={HEIGHT / 2}
          r={2}
          className={partialLast ? styles.partialPoint : undefined}
        />
      ) : (
        <>
          {solid.length > 1 && (
            <polyline
              points={solid.map((p) => p.join(",")).join(" ")}
              fill="none"
              strokeWidth={1.5}
              strokeLinejoin="round"
            />
          )}
          {partialLast && last && xy.length > 1 && (
            <>
              <polyline
                points={xy
                  .slice(-2)
                  .map((p) => p.join(","))
                  .join(" ")}
                fill="none"
                strokeWidth={1.5}
                strokeDasharray="2 2"
                className={styles.partialLine}
              />
              <circle cx={last[0]} cy={last[1]} r={2} className={styles.partialPoint} />
            </>
          )}
        </>
      )}
    </svg>
  );
}
