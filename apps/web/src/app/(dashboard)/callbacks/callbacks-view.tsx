"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useMemo } from "react";
import { fillTemplate } from "~/filters/fill-template";
import type { Locale } from "~/i18n/locale";
import { dateTimeFormatter } from "~/format/date-time";
import { numberFormats } from "~/format/numbers";
import { useTRPC } from "~/trpc/react";
import type { CaseActionWords } from "./case-actions";
import {
  type CallbackQuery,
  callbacksHref,
  casesExportUrl,
  firstPage,
  listCasesInput,
  nextPage,
  previousPage,
} from "~/lib/callbacks-query";
import { CallbacksTable } from "./callbacks-table";
import styles from "./callbacks.module.css";
import { Button } from "~/components/button";
import { LoadFailed } from "~/components/load-failed";
import { ExportButtons } from "~/components/export/export-buttons";
import { ListToolbar } from "~/components/list-toolbar";
import { PageRows } from "~/components/page-rows";
import { useMinuteClock } from "./use-minute-clock";

export interface CallbacksViewProps {
  query: CallbackQuery;
  /** The range the server resolved (exact instants): the prefetched page was fetched with it. */
  range: { from: string; to: string };
  serverNow: string;
  locale: Locale;
  timeZone: string;
  /** Supervisors and admins act on cases; viewers only see them. */
  canAct: boolean;
  userId: string;
  words: CaseActionWords;
}

/** The worklist of the URL's filter, its pages and (for supervisors) its export. */
export function CallbacksView({
  query,
  range,
  serverNow,
  locale,
  timeZone,
  canAct,
  userId,
  words,
}: CallbacksViewProps) {
  const m = words.callbacks;
  const router = useRouter();
  const go = (next: CallbackQuery) => router.push(callbacksHref(next), { scroll: false });
  const trpc = useTRPC();
  const input = listCasesInput(query, range, userId);
  const page = useQuery(
    trpc.callbacks.list.queryOptions(input, {
      placeholderData: keepPreviousData,
      // The list changes with every sync (new missed calls, attempts): keep it current while it is open.
      refetchInterval: 30_000,
    }),
  );
  const owners = useQuery(trpc.callbacks.owners.queryOptions());
  const now = useMinuteClock(serverNow);
  const formatTime = useMemo(() => dateTimeFormatter(locale, timeZone), [locale, timeZone]);
  const formatNumber = useMemo(() => numberFormats(locale).integer, [locale]);

  const rows = page.data?.rows;
  const total = page.data?.total;
  return (
    <section className={styles.layout} aria-busy={page.isFetching}>
      <ListToolbar
        total={total}
        updating={page.isFetching && rows !== undefined}
        formatNumber={formatNumber}
        testId="callbacks-total"
        words={m}
      >
        {canAct && (
          <ExportButtons
            urlFor={(format) => casesExportUrl(format, query, range)}
            total={total}
            locale={locale}
            messages={words}
          />
        )}
      </ListToolbar>
      {!canAct && (
        <p className="notice" data-testid="viewer-note">
          {m.viewerNote}
        </p>
      )}
      <PageRows
        page={page}
        loading={m.loading}
        failed={() => (
          <LoadFailed message={m.failed} retryLabel={m.retry} onRetry={() => void page.refetch()} />
        )}
        empty={m.empty}
        emptyTestId="callbacks-empty"
      >
        {(rows) => (
          <CallbacksTable
            rows={rows}
            now={now}
            timeZone={timeZone}
            formatTime={formatTime}
            formatNumber={formatNumber}
            actor={canAct ? { userId, assignees: owners.data ?? [] } : null}
            words={words}
          />
        )}
      </PageRows>
      {(query.page > 1 || page.data?.nextCursor) && (
        <nav className={styles.pages} aria-label={m.pagination.label}>
          <Button disabled={query.page <= 1} onClick={() => go(firstPage(query))}>
            {m.pagination.first}
          </Button>
          <Button disabled={query.page <= 1} onClick={() => go(previousPage(query))}>
            {m.pagination.previous}
          </Button>
          <span>{fillTemplate(m.pagination.page, { page: formatNumber(query.page) })}</span>
          <Button
            disabled={!page.data?.nextCursor || page.isPlaceholderData}
            onClick={() => page.data?.nextCursor && go(nextPage(query, page.data.nextCursor))}
          >
            {m.pagination.next}
          </Button>
        </nav>
      )}
    </section>
  );
}
