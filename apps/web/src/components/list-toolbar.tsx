import type { ReactNode } from "react";
import { fillTemplate } from "~/filters/fill-template";
import styles from "./list-toolbar.module.css";

/** The words of a list's total ("{count} calls", "1 call") and of its refresh. */
export interface ListTotalWords {
  total: string;
  totalOne: string;
  updating: string;
}

/**
 * The line above a paged list (calls, call-backs): the total, announced politely when it changes (`data-total`
 * holds the plain number for tests and scripts), "updating…" while a newer page loads, then the list's tools.
 */
export function ListToolbar({
  total,
  updating,
  formatNumber,
  testId,
  words: m,
  children,
}: {
  total: number | undefined;
  updating: boolean;
  formatNumber: (n: number) => string;
  testId: string;
  words: ListTotalWords;
  children: ReactNode;
}) {
  return (
    <div className={styles.toolbar}>
      <p className={styles.total} data-testid={testId} data-total={total ?? ""} aria-live="polite">
        {total === undefined
          ? ""
          : total === 1
            ? m.totalOne
            : fillTemplate(m.total, { count: formatNumber(total) })}
      </p>
      {updating && <span className={styles.updating}>{m.updating}</span>}
      <div className={styles.tools}>{children}</div>
    </div>
  );
}
