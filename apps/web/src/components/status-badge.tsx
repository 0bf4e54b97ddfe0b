import type { ReactNode } from "react";
import styles from "./status-badge.module.css";

/** How a state reads at a glance; the badge always carries words too, never colour alone. */
export type BadgeTone = "good" | "bad" | "muted" | "plain";

/** A rounded state label (a report delivery sent or failed, a TV display active or revoked). */
export function StatusBadge({
  tone,
  children,
  ...data
}: {
  tone: BadgeTone;
  children: ReactNode;
} & { [attribute: `data-${string}`]: string | undefined }) {
  return (
    <span className={styles.badge} data-tone={tone} {...data}>
      {children}
    </span>
  );
}
