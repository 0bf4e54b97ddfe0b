"use client";

import {
  type ColumnVisibilityState,
  functionalUpdate,
  type OnChangeFn,
  type SortingState,
  useTable,
} from "@tanstack/react-table";
import { useMemo } from "react";
import type { Messages } from "~/i18n/messages";
import { callColumns, callTableFeatures } from "./call-columns";
import type { CallRow } from "./call-types";
import { type CallSort, isSortColumn } from "./table-query";

const EMPTY_ROWS: CallRow[] = [];

/**
 * The TanStack table model of one page of calls. Sorting happens on the server: the model only shows the page's
 * order and reports a header click as the new order.
 */
export function useCallTable({
  rows,
  sort,
  onSortChange,
  columnVisibility,
  formatTime,
  messages: m,
}: {
  rows: CallRow[] | undefined;
  sort: CallSort;
  onSortChange: (sort: CallSort) => void;
  columnVisibility: ColumnVisibilityState;
  formatTime: (instant: Date) => string;
  messages: Messages["calls"];
}) {
  const columns = useMemo(() => callColumns(m, formatTime), [m, formatTime]);
  const sorting = useMemo<SortingState>(() => [{ id: sort.column, desc: sort.direction === "desc" }], [sort]);
  const onSortingChange: OnChangeFn<SortingState> = (updater) => {
    const next = functionalUpdate(updater, sorting)[0];
    if (next && isSortColumn(next.id))
      onSortChange({ column: next.id, direction: next.desc ? "desc" : "asc" });
  };
  return useTable({
    features: callTableFeatures,
    columns,
    data: rows ?? EMPTY_ROWS,
    getRowId: (row) => row.id,
    state: { sorting, columnVisibility },
    onSortingChange,
    manualSorting: true,
    enableSortingRemoval: false,
    enableMultiSort: false,
  });
}
