"use client";

import { useQuery } from "@tanstack/react-query";
import { type ReactNode, useState } from "react";
import type { ViewProps } from "~/lib/view-props";
import type { Messages } from "~/i18n/messages";
import { useTRPC } from "~/trpc/react";
import { formatInstant } from "~/format/date-time";
import controls from "~/components/controls.module.css";
import { DataTable } from "~/components/data-table";
import { LoadFailed } from "~/components/load-failed";
import table from "~/components/table.module.css";
import styles from "./audit.module.css";

type M = Messages["admin"]["audit"];
export const AUDIT_PAGE_SIZE = 50;

/** The audit trail, newest first; "Load more" appends the next page (keyset cursor from the API). */
export function AuditView({ timeZone, locale, messages: m }: ViewProps<M>) {
  const [cursors, setCursors] = useState<Array<string | undefined>>([undefined]);
  return (
    <DataTable
      label={m.title}
      ownBodies
      columns={[m.columns.at, m.columns.user, m.columns.action, m.columns.detail]}
    >
      {cursors.map((before, index) => (
        <AuditPage
          key={before ?? "first"}
          before={before}
          isLast={index === cursors.length - 1}
          isFirst={index === 0}
          onMore={(next) => setCursors([...cursors, next])}
          timeZone={timeZone}
          locale={locale}
          messages={m}
        />
      ))}
    </DataTable>
  );
}

function AuditPage({
  before,
  isFirst,
  isLast,
  onMore,
  timeZone,
  locale,
  messages: m,
}: ViewProps<M> & {
  before: string | undefined;
  isFirst: boolean;
  isLast: boolean;
  onMore: (before: string) => void;
}) {
  const trpc = useTRPC();
  const page = useQuery(
    trpc.admin.listAudit.queryOptions({ limit: AUDIT_PAGE_SIZE, ...(before !== undefined && { before }) }),
  );
  const status = (content: ReactNode) => (
    <tbody>
      <tr>
        <td colSpan={4}>{content}</td>
      </tr>
    </tbody>
  );
  if (page.isPending) return status(<span className="notice">{isFirst ? m.loading : m.loadingMore}</span>);
  if (page.isError) {
    return status(<LoadFailed message={m.failed} retryLabel={m.retry} onRetry={() => void page.refetch()} />);
  }
  if (isFirst && page.data.events.length === 0) return status(<span className="notice">{m.empty}</span>);
  const actionName = (action: string) => (m.actions as Record<string, string | undefined>)[action] ?? action;
  const next = page.data.nextBefore;
  return (
    <tbody>
      {page.data.events.map((event) => (
        <tr key={event.id} data-testid="audit-row" data-action={event.action}>
          <td className={table.nowrap}>{formatInstant(event.at, timeZone, locale)}</td>
          <td>{event.userEmail ?? m.system}</td>
          <td>{actionName(event.action)}</td>
          <td>
            <code className={styles.detail}>{JSON.stringify(event.detail)}</code>
          </td>
        </tr>
      ))}
      {isLast && next && (
        <tr>
          <td colSpan={4}>
            <button type="button" className={controls.button} onClick={() => onMore(next)}>
              {m.more}
            </button>
          </td>
        </tr>
      )}
    </tbody>
  );
}
