"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import type { Locale } from "~/i18n/locale";
import type { Messages } from "~/i18n/messages";
import { useTRPC } from "~/trpc/react";
import controls from "../agents/_breakdown/controls.module.css";
import styles from "./sync.module.css";
import { formatInstant } from "./timestamp";
import { LoadFailed } from "../agents/_breakdown/load-failed";

/** The API lists at most this many (most recently seen first); they are paged here. */
export const QUARANTINE_LIMIT = 500;
const PAGE_SIZE = 20;

/** Admins: records AntRing sent that failed validation, with their reason and raw JSON, a page at a time. */
export function QuarantineList({
  timeZone,
  locale,
  messages: m,
}: {
  timeZone: string;
  locale: Locale;
  messages: Messages["sync"];
}) {
  const trpc = useTRPC();
  const list = useQuery(trpc.sync.quarantine.queryOptions({ limit: QUARANTINE_LIMIT }));
  const [page, setPage] = useState(0);
  const q = m.quarantine;

  if (list.isPending) return <p className="notice">{m.loading}</p>;
  if (list.isError) {
    return <LoadFailed message={q.failed} retryLabel={m.retry} onRetry={() => void list.refetch()} />;
  }
  const records = list.data;
  if (records.length === 0) {
    return (
      <p className="notice" data-testid="quarantine-empty">
        {q.empty}
      </p>
    );
  }
  const pages = Math.ceil(records.length / PAGE_SIZE);
  const current = Math.min(page, pages - 1);
  const shown = records.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE);
  const at = (date: Date) => formatInstant(date, timeZone, locale);
  return (
    <>
      <div className={styles.scroller} role="region" aria-label={q.title} tabIndex={0}>
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">{q.reason}</th>
              <th scope="col">{q.window}</th>
              <th scope="col" className={styles.number}>
                {q.timesSeen}
              </th>
              <th scope="col">{q.lastSeen}</th>
              <th scope="col">{q.raw}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((record) => (
              <tr key={record.id} data-testid="quarantine-row">
                <td>{record.reason}</td>
                <td suppressHydrationWarning>
                  {at(record.windowFrom)} – {at(record.windowTo)}
                </td>
                <td className={styles.number}>{record.timesSeen}</td>
                <td suppressHydrationWarning>{at(record.lastSeenAt)}</td>
                <td>
                  <details>
                    <summary>{q.showRaw}</summary>
                    <pre className={styles.raw}>{JSON.stringify(record.raw, null, 2)}</pre>
                  </details>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pages > 1 && (
        <nav className={styles.pager} aria-label={q.pages}>
          <button
            type="button"
            className={controls.button}
            onClick={() => setPage(current - 1)}
            disabled={current === 0}
          >
            {q.previous}
          </button>
          <span aria-live="polite">
            {q.page} {current + 1} {q.of} {pages}
          </span>
          <button
            type="button"
            className={controls.button}
            onClick={() => setPage(current + 1)}
            disabled={current >= pages - 1}
          >
            {q.next}
          </button>
        </nav>
      )}
    </>
  );
}
