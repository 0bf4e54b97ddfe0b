"use client";

import type { CallFilterInput } from "@antdash/api";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useCallback, useMemo } from "react";
import type { Locale } from "~/i18n/locale";
import type { Messages } from "~/i18n/messages";
import { useParsedSearchParams } from "~/lib/use-parsed-search-params";
import { useTRPC } from "~/trpc/react";
import { CallDetailPanel } from "./call-detail-panel";
import { dateTimeFormatter } from "~/format/date-time";
import { numberFormats } from "~/format/numbers";
import styles from "./calls-page.module.css";
import controls from "~/components/controls.module.css";
import { CallsTable } from "./calls-table";
import { ColumnChooser } from "./column-chooser";
import { ExportButtons } from "~/components/export/export-buttons";
import { ListToolbar } from "~/components/list-toolbar";
import { PageRows } from "~/components/page-rows";
import { exportUrl } from "~/components/export/export-download";
import { PaginationBar } from "./pagination-bar";
import {
  firstPage,
  listCallsInput,
  nextPage,
  previousPage,
  readTableQuery,
  sortedBy,
  type TableQuery,
  withCall,
  withPageSize,
  writeTableQuery,
} from "./table-query";
import { useColumnVisibility } from "./use-column-visibility";

export interface CallsViewProps {
  /** The filter the server resolved from the URL (exact instants): the prefetched page was fetched with it. */
  filter: CallFilterInput;
  locale: Locale;
  timeZone: string;
  canListen: boolean;
  canCall: boolean;
  canExport: boolean;
  messages: Messages["calls"];
}

/**
 * The call list with its toolbar, pages and detail panel. Sort, page and the open call live in the URL; changing
 * them replaces the URL in the browser only (history.pushState), so only the list is fetched again, while a reload
 * or a shared link has the server render the very same view.
 */
export function CallsView({
  filter,
  locale,
  timeZone,
  canListen,
  canCall,
  canExport,
  messages: m,
}: CallsViewProps) {
  const table = useParsedSearchParams(readTableQuery);
  const go = useCallback((next: TableQuery) => {
    const query = writeTableQuery(new URLSearchParams(window.location.search), next).toString();
    window.history.pushState(null, "", query === "" ? window.location.pathname : `?${query}`);
  }, []);

  const trpc = useTRPC();
  const pageInput = listCallsInput(filter, table);
  const page = useQuery(trpc.calls.list.queryOptions(pageInput, { placeholderData: keepPreviousData }));
  // The first page carries the total when the API can count it cheaply; otherwise, and on deeper pages, ask for it.
  const listedTotal = table.cursor === undefined ? page.data?.total : undefined;
  const needsCount =
    table.cursor !== undefined ||
    (page.data !== undefined && !page.isPlaceholderData && listedTotal === undefined);
  const counted = useQuery(trpc.calls.count.queryOptions({ filter }, { enabled: needsCount }));
  const total = listedTotal ?? (needsCount ? counted.data?.total : undefined);

  const formatTime = useMemo(() => dateTimeFormatter(locale, timeZone), [locale, timeZone]);
  const formatNumber = useMemo(() => numberFormats(locale).integer, [locale]);
  const { visibility, setColumnVisible, resetColumns } = useColumnVisibility();

  const closeCall = () => {
    const id = table.call;
    go(withCall(table, undefined));
    // Back to the row the panel was opened from, when it is on screen.
    if (id !== undefined) {
      requestAnimationFrame(() =>
        document
          .querySelector<HTMLElement>(`tr[data-call-id="${CSS.escape(id)}"]`)
          ?.focus({ preventScroll: true }),
      );
    }
  };

  const rows = page.data?.rows;
  const showingOld = page.isPlaceholderData;
  return (
    <div className={table.call ? `${styles.layout} ${styles.withPanel}` : styles.layout}>
      <section className={styles.list} aria-busy={page.isFetching}>
        <ListToolbar
          total={total}
          updating={page.isFetching && rows !== undefined}
          formatNumber={formatNumber}
          testId="calls-total"
          words={m}
        >
          <ColumnChooser
            visibility={visibility}
            onChange={setColumnVisible}
            onReset={resetColumns}
            messages={m}
          />
          {canExport && (
            <ExportButtons
              urlFor={(format) => exportUrl(format, filter)}
              total={total}
              locale={locale}
              messages={m}
            />
          )}
        </ListToolbar>

        <PageRows
          page={page}
          loading={m.loading}
          failed={(error) => (
            <div role="alert" className={styles.problem}>
              <p className="form-error">{m.failed}</p>
              <p className="notice">{error.message}</p>
              <p className={styles.actions}>
                <button type="button" className={controls.button} onClick={() => void page.refetch()}>
                  {m.retry}
                </button>
                {table.cursor !== undefined && (
                  <button type="button" className={controls.button} onClick={() => go(firstPage(table))}>
                    {m.pagination.first}
                  </button>
                )}
              </p>
            </div>
          )}
          empty={m.empty}
          emptyTestId="calls-empty"
        >
          {(rows) => (
            <CallsTable
              rows={rows}
              sort={table.sort}
              onSortChange={(sort) => go(sortedBy(table, sort))}
              columnVisibility={visibility}
              openCallId={table.call}
              onOpenCall={(id) => go(withCall(table, id))}
              pageKey={JSON.stringify([pageInput.sort, pageInput.limit, pageInput.cursor ?? null])}
              formatTime={formatTime}
              messages={m}
            />
          )}
        </PageRows>
        {(rows?.length ?? 0) > 0 || table.page > 1 ? (
          <PaginationBar
            page={table.page}
            size={table.size}
            shownRows={rows?.length ?? 0}
            total={total}
            hasNext={!showingOld && !!page.data?.nextCursor}
            busy={showingOld}
            onFirst={() => go(firstPage(table))}
            onPrevious={() => go(previousPage(table))}
            onNext={() => page.data?.nextCursor && go(nextPage(table, page.data.nextCursor))}
            onSize={(size) => go(withPageSize(table, size))}
            formatNumber={formatNumber}
            messages={m}
          />
        ) : null}
      </section>
      {table.call !== undefined && (
        <CallDetailPanel
          callId={table.call}
          onClose={closeCall}
          canListen={canListen}
          canCall={canCall}
          formatTime={formatTime}
          messages={m}
        />
      )}
    </div>
  );
}
