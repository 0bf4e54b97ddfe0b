import type { ReactNode } from "react";
import styles from "./charts.module.css";

export type CardState = "loading" | "error" | "empty" | "ready";

/**
 * The frame of one chart: its title (the chart's accessible name), and its content or a loading, empty or error
 * message. The body keeps its height in every state, so nothing jumps when data arrives.
 */
export function ChartCard({
  id,
  title,
  detail,
  state,
  messages,
  wide,
  note,
  children,
}: {
  /** "status" → data-testid "chart-status". */
  id: string;
  title: string;
  detail?: string;
  state: CardState;
  messages: { loading: string; noData: string; failed: string };
  wide?: boolean;
  note?: ReactNode;
  children?: ReactNode;
}) {
  const headingId = `chart-${id}-title`;
  return (
    <section
      className={`${styles.card} ${wide ? styles.wide : ""}`}
      aria-labelledby={headingId}
      data-testid={`chart-${id}`}
      data-state={state}
    >
      <header className={styles.cardHeader}>
        <h2 id={headingId}>{title}</h2>
        {detail && <span className={styles.detail}>{detail}</span>}
      </header>
      <div className={styles.body} aria-busy={state === "loading"}>
        {state === "loading" ? (
          <div className={styles.placeholder}>{messages.loading}</div>
        ) : state === "error" ? (
          <div className={`${styles.placeholder} ${styles.error}`} role="alert">
            {messages.failed}
          </div>
        ) : state === "empty" ? (
          <div className={styles.placeholder}>{messages.noData}</div>
        ) : (
          children
        )}
      </div>
      {note && <p className={styles.note}>{note}</p>}
    </section>
  );
}
