"use client";

import type { ColumnVisibilityState } from "@tanstack/react-table";
import { useId, useRef } from "react";
import boxed from "~/components/boxed-table.module.css";
import type { Messages } from "~/i18n/messages";
import { CallTableHead } from "./call-table-head";
import type { CallRow } from "./call-types";
import styles from "./calls-table.module.css";
import type { CallSort } from "./table-query";
import { useCallTable } from "./use-call-table";
import { useRowFocus } from "./use-row-focus";

export interface CallsTableProps {
  rows: CallRow[] | undefined;
  sort: CallSort;
  onSortChange: (sort: CallSort) => void;
  columnVisibility: ColumnVisibilityState;
  openCallId: string | undefined;
  onOpenCall: (id: string) => void;
  /** Changes when another page or order is shown: the list scrolls back to its top. */
  pageKey: string;
  formatTime: (instant: Date) => string;
  messages: Messages["calls"];
}

/**
 * One page of calls as a real table (sortable headers with aria-sort, rows in the tab order), with only the rows in
 * view rendered: spacer rows above and below stand in for the rest, so the table keeps its native layout and
 * semantics. The model is useCallTable, the rows in view and their keyboard useRowFocus.
 */
export function CallsTable({
  rows: data,
  sort,
  onSortChange,
  columnVisibility,
  openCallId,
  onOpenCall,
  pageKey,
  formatTime,
  messages: m,
}: CallsTableProps) {
  const table = useCallTable({ rows: data, sort, onSortChange, columnVisibility, formatTime, messages: m });
  const rows = table.getRowModel().rows;
  const visibleColumns = table.getVisibleLeafColumns().length;
  const scrollRef = useRef<HTMLDivElement>(null);
  const { items, spaceBefore, spaceAfter, tabbableIndex, setActiveIndex, onRowKeyDown } = useRowFocus({
    ids: rows.map((row) => row.id),
    scrollRef,
    pageKey,
    onOpen: onOpenCall,
  });
  const hintId = useId();
  return (
    <div className={`${boxed.box} ${styles.scroller}`} ref={scrollRef}>
      <span id={hintId} className="visually-hidden">
        {m.rowHint}
      </span>
      <table
        className={`${boxed.table} ${styles.table}`}
        aria-label={m.tableLabel}
        aria-rowcount={rows.length + 1}
        data-testid="calls-table"
      >
        <CallTableHead table={table} />
        <tbody>
          {spaceBefore > 0 && <Spacer height={spaceBefore} columns={visibleColumns} />}
          {items.map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            const open = row.id === openCallId;
            return (
              <tr
                key={row.id}
                data-index={item.index}
                data-call-id={row.id}
                aria-rowindex={item.index + 2}
                aria-current={open ? "true" : undefined}
                aria-describedby={hintId}
                tabIndex={item.index === tabbableIndex ? 0 : -1}
                className={open ? `${styles.row} ${styles.open}` : styles.row}
                onClick={() => {
                  setActiveIndex(item.index);
                  onOpenCall(row.id);
                }}
                onFocus={() => setActiveIndex(item.index)}
                onKeyDown={(event) => onRowKeyDown(event, item.index, row.id)}
              >
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id} data-column={cell.column.id} className={styles[cell.column.id]}>
                    <table.FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
            );
          })}
          {spaceAfter > 0 && <Spacer height={spaceAfter} columns={visibleColumns} />}
        </tbody>
      </table>
    </div>
  );
}

function Spacer({ height, columns }: { height: number; columns: number }) {
  return (
    <tr aria-hidden="true" className={styles.spacer}>
      <td colSpan={columns} style={{ height }} />
    </tr>
  );
}
