"use client";

import {
  type ColumnVisibilityState,
  functionalUpdate,
  type OnChangeFn,
  type SortingState,
  useTable,
} from "@tanstack/react-table";
import { useVirtualizer } from "@tanstack/react-virtual";
import { type KeyboardEvent, useEffect, useId, useMemo, useRef, useState } from "react";
import type { Messages } from "~/i18n/messages";
import { callColumns, callTableFeatures } from "./call-columns";
import type { CallRow } from "./call-types";
import styles from "./calls-table.module.css";
import { type CallSort, isSortColumn } from "./table-query";

/** Rows are one line high (the CSS fixes it), so the virtualizer's estimate is exact and nothing needs measuring. */
const ROW_HEIGHT = 41;
const EMPTY_ROWS: CallRow[] = [];

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
 * semantics. Sorting happens on the server: a header click only reports the new order.
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
  const columns = useMemo(() => callColumns(m, formatTime), [m, formatTime]);
  const sorting = useMemo<SortingState>(() => [{ id: sort.column, desc: sort.direction === "desc" }], [sort]);
  const onSortingChange: OnChangeFn<SortingState> = (updater) => {
    const next = functionalUpdate(updater, sorting)[0];
    if (next && isSortColumn(next.id)) onSortChange({ column: next.id, direction: next.desc ? "desc" : "asc" });
  };
  const table = useTable({
    features: callTableFeatures,
    columns,
    data: data ?? EMPTY_ROWS,
    getRowId: (row) => row.id,
    state: { sorting, columnVisibility },
    onSortingChange,
    manualSorting: true,
    enableSortingRemoval: false,
    enableMultiSort: false,
  });
  const rows = table.getRowModel().rows;
  const visibleColumns = table.getVisibleLeafColumns().length;

  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
    // The server renders the first screenful too (no measurements there).
    initialRect: { width: 1200, height: 800 },
    getItemKey: (index) => rows[index]?.id ?? index,
  });
  const items = virtualizer.getVirtualItems();
  const spaceBefore = items[0]?.start ?? 0;
  const spaceAfter = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);

  // Roving focus: one row is in the tab order; arrows move it (scrolling rows into existence first).
  const [activeIndex, setActiveIndex] = useState(0);
  const pendingFocus = useRef<number | null>(null);
  const rendered = items.some((item) => item.index === activeIndex);
  const tabbableIndex = rendered ? activeIndex : (items[0]?.index ?? 0);

  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
    setActiveIndex(0);
  }, [pageKey]);

  useEffect(() => {
    if (pendingFocus.current === null) return;
    const row = scrollRef.current?.querySelector<HTMLElement>(`tr[data-index="${pendingFocus.current}"]`);
    if (row) {
      row.focus({ preventScroll: true });
      pendingFocus.current = null;
    }
  });

  const moveTo = (index: number) => {
    const target = Math.max(0, Math.min(rows.length - 1, index));
    pendingFocus.current = target;
    setActiveIndex(target);
    virtualizer.scrollToIndex(target, { align: "auto" });
  };

  const onRowKeyDown = (event: KeyboardEvent<HTMLTableRowElement>, index: number, id: string) => {
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? ROW_HEIGHT * 10) / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      PageDown: index + page,
      PageUp: index - page,
      Home: 0,
      End: rows.length - 1,
    };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      moveTo(target);
    } else if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      onOpenCall(id);
    }
  };

  const hintId = useId();
  return (
    <div className={styles.scroller} ref={scrollRef}>
      <span id={hintId} className="visually-hidden">
        {m.rowHint}
      </span>
      <table className={styles.table} aria-label={m.tableLabel} aria-rowcount={rows.length + 1} data-testid="calls-table">
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
                    aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : canSort ? "none" : undefined}
                  >
                    {canSort ? (
                      <button type="button" className={styles.sortButton} onClick={header.column.getToggleSortingHandler()}>
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
