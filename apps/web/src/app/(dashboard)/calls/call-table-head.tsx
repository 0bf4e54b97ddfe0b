"use client";

import type { ReactNode } from "react";
import type { useCallTable } from "./use-call-table";
import styles from "./calls-table.module.css";

/** The header row: every visible column, the sortable ones as buttons that say their order (aria-sort too). */
export function CallTableHead({ table }: { table: ReturnType<typeof useCallTable> }): ReactNode {
  return (
    <thead>
      {table.getHeaderGroups().map((group) => (
        <tr key={group.id} aria-rowindex={1}>
          {group.headers.map((header) => {
            const sorted = header.column.getIsSorted();
            const canSort = header.column.getCanSort();
            return (
              <th
                key={header.id}
                scope="col"
                data-column={header.column.id}
                className={styles[header.column.id]}
                aria-sort={
                  sorted === "asc"
                    ? "ascending"
                    : sorted === "desc"
                      ? "descending"
                      : canSort
                        ? "none"
                        : undefined
                }
              >
                {canSort ? (
                  <button
                    type="button"
                    className={styles.sortButton}
                    onClick={header.column.getToggleSortingHandler()}
                  >
                    <table.FlexRender header={header} />
                    <span aria-hidden="true" className={styles.sortMark}>
                      {sorted === "asc" ? "▲" : sorted === "desc" ? "▼" : "↕"}
                    </span>
                  </button>
                ) : (
                  <table.FlexRender header={header} />
                )}
              </th>
            );
          })}
        </tr>
      ))}
    </thead>
  );
}
