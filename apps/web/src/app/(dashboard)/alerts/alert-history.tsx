"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import type { Locale } from "~/i18n/locale";
import { useTRPC } from "~/trpc/react";
import { Timestamp } from "../sync/timestamp";
import type { AlertsMessages } from "./alert-types";
import styles from "./alerts.module.css";

/** Starts and recoveries, newest first, a page at a time. */
export function AlertHistory({
  timeZone,
  locale,
  m,
}: {
  timeZone: string;
  locale: Locale;
  m: AlertsMessages;
}) {
  const trpc = useTRPC();
  const history = useInfiniteQuery(
    trpc.alerts.history.infiniteQueryOptions(
      { limit: 20 },
      { getNextPageParam: (page) => page.nextCursor ?? undefined, refetchInterval: 30_000 },
    ),
  );
  const events = history.data?.pages.flatMap((p) => p.events) ?? [];
  return (
    <section className={styles.panel} aria-labelledby="alerts-history-heading" data-testid="alerts-history">
      <h2 id="alerts-history-heading">{m.history.heading}</h2>
      {history.isPending ? (
        <p role="status">{m.loading}</p>
      ) : history.isError ? (
        <p className="form-error" role="alert">
          {m.failed}
        </p>
      ) : events.length === 0 ? (
        <p className={styles.help}>{m.history.empty}</p>
      ) : (
        <div className={styles.tableWrap}>
          <table className={styles.table}>
            <thead>
              <tr>
                <th scope="col">{m.history.columns.at}</th>
                <th scope="col">{m.history.columns.rule}</th>
                <th scope="col">{m.history.columns.event}</th>
                <th scope="col">{m.history.columns.value}</th>
              </tr>
            </thead>
            <tbody>
              {events.map((event) => (
                <tr key={event.id} data-testid="alert-event" data-kind={event.kind}>
                  <td>
                    <Timestamp at={event.at} timeZone={timeZone} locale={locale} />
                  </td>
                  <td>{event.ruleName ?? m.history.deletedRule}</td>
                  <td>{event.kind === "fired" ? m.history.fired : m.history.recovered}</td>
                  <td>{event.value ?? "–"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {history.hasNextPage ? (
        <button
          type="button"
          className={styles.button}
          onClick={() => void history.fetchNextPage()}
          disabled={history.isFetchingNextPage}
        >
          {m.history.older}
        </button>
      ) : null}
    </section>
  );
}
