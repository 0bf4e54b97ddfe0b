import type { ReactNode } from "react";

/** The part of a paged list's query (calls, call-backs) its body needs. */
interface RowsPage<Row> {
  isPending: boolean;
  isError: boolean;
  error: { message: string } | null;
  data?: { rows: Row[] } | undefined;
}

/**
 * A paged list's body: "loading" until the first page comes, the page's failure (each list words its own), the
 * empty note under its test id, or the rows. A failed refresh hides the rows it kept, so none are taken for current.
 */
export function PageRows<Row>({
  page,
  loading,
  failed,
  empty,
  emptyTestId,
  children,
}: {
  page: RowsPage<Row>;
  loading: string;
  failed: (error: { message: string }) => ReactNode;
  empty: string;
  emptyTestId: string;
  children: (rows: Row[]) => ReactNode;
}) {
  const rows = page.data?.rows;
  return (
    <>
      {page.isPending && <p className="notice">{loading}</p>}
      {page.isError && page.error && failed(page.error)}
      {rows && rows.length === 0 && !page.isError && (
        <p className="notice" data-testid={emptyTestId}>
          {empty}
        </p>
      )}
      {rows && rows.length > 0 && !page.isError && children(rows)}
    </>
  );
}
