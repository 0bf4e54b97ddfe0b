import type { ReactNode } from "react";
import { EmptyState } from "./empty-state";
import { LoadFailed } from "./load-failed";
import section from "./section.module.css";

/** The part of a TanStack query result a list needs. */
export interface ListQuery<T> {
  isPending: boolean;
  isError: boolean;
  data: T | undefined;
  refetch: () => unknown;
}

/** The words of a list's states. Without `retry` a failure is only reported (the list refreshes on its own). */
export interface ListStateWords {
  loading: string;
  failed: string;
  retry?: string;
  empty: string;
}

/** Loading, failed (with a retry), empty, or the list itself: the four states every listed query shows alike. */
export function QueryState<T>({
  query,
  isEmpty,
  words,
  emptyIsStatus = false,
  children,
}: {
  query: ListQuery<T>;
  isEmpty: (data: T) => boolean;
  words: ListStateWords;
  /** Announce "nothing here" to screen readers (a live list such as the alerts firing now). */
  emptyIsStatus?: boolean;
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) {
    return (
      <p className={section.help} role="status">
        {words.loading}
      </p>
    );
  }
  if (query.isError || query.data === undefined) {
    if (words.retry === undefined) {
      return (
        <p className="form-error" role="alert">
          {words.failed}
        </p>
      );
    }
    return (
      <LoadFailed message={words.failed} retryLabel={words.retry} onRetry={() => void query.refetch()} />
    );
  }
  if (isEmpty(query.data)) return <EmptyState status={emptyIsStatus}>{words.empty}</EmptyState>;
  return <>{children(query.data)}</>;
}
