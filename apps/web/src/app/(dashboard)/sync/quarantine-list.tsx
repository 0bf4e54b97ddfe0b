"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import type { ViewProps } from "~/lib/view-props";
import type { Messages } from "~/i18n/messages";
import { useTRPC } from "~/trpc/react";
import controls from "~/components/controls.module.css";
import { DataTable } from "~/components/data-table";
import { LoadFailed } from "~/components/load-failed";
import table from "~/components/table.module.css";
import { formatInstant } from "~/format/date-time";
import styles from "./sync.module.css";

/** The API lists at most this many (most recently seen first); they are paged here. */
export const QUARANTINE_LIMIT = 500;
const PAGE_SIZE = 20;

/** Admins: records AntRing sent that failed validation, with their reason and raw JSON, a page at a time. */
export function QuarantineList({ timeZone, locale, messages: m }: ViewProps<Messages["sync"]>) {
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
      <DataTable
        label={q.title}
        columns={[q.reason, q.window, { label: q.timesSeen, numeric: true }, q.lastSeen, q.raw]}
      >
        {shown.map((record) => (
          <tr key={record.id} data-testid="quarantine-row">
            <td>{record.reason}</td>
            <td>
              {at(record.windowFrom)} – {at(record.windowTo)}
            </td>
            <td className={table.number}>{record.timesSeen}</td>
            <td>{at(record.lastSeenAt)}</td>
            <td>
              <details>
                <summary>{q.showRaw}</summary>
                <pre className={styles.raw}>{JSON.stringify(record.raw, null, 2)}</pre>
              </details>
            </td>
          </tr>
        ))}
      </DataTable>
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
