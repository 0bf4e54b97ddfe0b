import type { ReactNode } from "react";
import styles from "./table.module.css";

/** A header cell: its words, or its words with a right-aligned number column and a tooltip. */
export type Column = ReactNode | { label: ReactNode; numeric?: boolean; title?: string };

function isDescribed(column: Column): column is { label: ReactNode; numeric?: boolean; title?: string } {
  return typeof column === "object" && column !== null && "label" in column;
}

/**
 * A plain table with a header row of `columns` and the caller's rows, in a horizontal scroller. With `label`, the
 * scroller is a focusable named region so keyboard users can scroll it too.
 */
export function DataTable({
  columns,
  label,
  middle = false,
  ownBodies = false,
  children,
}: {
  columns: Column[];
  label?: string;
  /** Cells centred vertically (rows of buttons) instead of top-aligned (rows of text). */
  middle?: boolean;
  /** The children are <tbody> elements themselves (a table loaded a page at a time), not rows. */
  ownBodies?: boolean;
  children: ReactNode;
}) {
  const region = label ? { role: "region", "aria-label": label, tabIndex: 0 } : {};
  return (
    <div className={styles.scroller} {...region}>
      <table className={middle ? `${styles.table} ${styles.middle}` : styles.table}>
        <thead>
          <tr>
            {columns.map((column, i) =>
              isDescribed(column) ? (
                <th
                  key={i}
                  scope="col"
                  className={column.numeric ? styles.number : undefined}
                  title={column.title}
                >
                  {column.label}
                </th>
              ) : (
                <th key={i} scope="col">
                  {column}
                </th>
              ),
            )}
          </tr>
        </thead>
        {ownBodies ? children : <tbody>{children}</tbody>}
      </table>
    </div>
  );
}
