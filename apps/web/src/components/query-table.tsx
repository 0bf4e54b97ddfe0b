import type { ReactNode } from "react";
import { type Column, DataTable } from "./data-table";
import { type ListQuery, type ListStateWords, QueryState } from "./query-state";

/** A listed query as a table: its loading, failed and empty states, else the header and one row an item. */
export function QueryTable<T>({
  query,
  words,
  columns,
  middle,
  row,
}: {
  query: ListQuery<T[]>;
  words: ListStateWords;
  columns: Column[];
  /** Cells centred vertically (rows of buttons), as DataTable's. */
  middle?: boolean;
  /** An item's <tr>, with its key. */
  row: (item: T) => ReactNode;
}) {
  return (
    <QueryState query={query} isEmpty={(list) => list.length === 0} words={words}>
      {(list) => (
        <DataTable columns={columns} middle={middle}>
          {list.map((item) => row(item))}
        </DataTable>
      )}
    </QueryState>
  );
}
