// @jsxRuntime automatic
import type { ReactNode } from "react";
import { type ClassMap, cx } from "../class-names";

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
  classes,
  children,
}: {
  /** "status" → data-testid "chart-status". */
  id: string;
  title: string;
  detail?: string | undefined;
  state: CardState;
  messages: { loading: string; noData: string; failed: string };
  wide?: boolean;
  note?: ReactNode;
  classes?: ClassMap;
  children?: ReactNode;
}) {
  const headingId = `chart-${id}-title`;
  return (
    <section
      className={cx(classes, "card", wide && "wide")}
      aria-labelledby={headingId}
      data-testid={`chart-${id}`}
      data-state={state}
    >
      <header className={cx(classes, "cardHeader")}>
        <h2 id={headingId}>{title}</h2>
        {detail && <span className={cx(classes, "detail")}>{detail}</span>}
      </header>
      <div className={cx(classes, "body")} aria-busy={state === "loading"}>
        {state === "loading" ? (
          <div className={cx(classes, "placeholder")}>{messages.loading}</div>
        ) : state === "error" ? (
          <div className={cx(classes, "placeholder", "error")} role="alert">
            {messages.failed}
          </div>
        ) : state === "empty" ? (
          <div className={cx(classes, "placeholder")}>{messages.noData}</div>
        ) : (
          children
        )}
      </div>
      {note && <p className={cx(classes, "note")}>{note}</p>}
    </section>
  );
}
