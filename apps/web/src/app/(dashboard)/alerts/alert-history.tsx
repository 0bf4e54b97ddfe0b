"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { useTRPC } from "~/trpc/react";
import controls from "~/components/controls.module.css";
import { QueryTable } from "~/components/query-table";
import { Section } from "~/components/section";
import { Timestamp } from "~/components/timestamp";
import { type AlertsViewProps, eventName } from "./alert-types";

/** Starts and recoveries, newest first, a page at a time. */
export function AlertHistory({ timeZone, locale, m }: AlertsViewProps) {
  const trpc = useTRPC();
  const history = useInfiniteQuery(
    trpc.alerts.history.infiniteQueryOptions(
      { limit: 20 },
      { getNextPageParam: (page) => page.nextCursor ?? undefined, refetchInterval: 30_000 },
    ),
  );
  const events = history.data?.pages.flatMap((p) => p.events);
  return (
    <Section headingId="alerts-history-heading" title={m.history.heading} testId="alerts-history">
      <QueryTable
        query={{ ...history, data: events }}
        words={{ loading: m.loading, failed: m.failed, empty: m.history.empty }}
        columns={[
          m.history.columns.at,
          m.history.columns.rule,
          m.history.columns.event,
          m.history.columns.value,
        ]}
        row={(event) => (
          <tr key={event.id} data-testid="alert-event" data-kind={event.kind}>
            <td>
              <Timestamp at={event.at} timeZone={timeZone} locale={locale} />
            </td>
            <td>{event.ruleName ?? m.history.deletedRule}</td>
            <td>{eventName(event.kind, m)}</td>
            <td>{event.value ?? "–"}</td>
          </tr>
        )}
      />
      {history.hasNextPage ? (
        <button
          type="button"
          className={controls.button}
          onClick={() => void history.fetchNextPage()}
          disabled={history.isFetchingNextPage}
        >
          {m.history.older}
        </button>
      ) : null}
    </Section>
  );
}
