"use client";

import type { ReportView } from "@antdash/api";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { TimeDisplay, ViewProps } from "~/lib/view-props";
import type { Messages } from "~/i18n/messages";
import { useTRPC } from "~/trpc/react";
import { formatInstant } from "~/format/date-time";
import { DeliveryHistory, DeliveryStatus } from "./delivery-history";
import { deliveryRefreshMs } from "./delivery-refresh";
import { ReportForm } from "./report-form";
import { scheduleText } from "./report-form-logic";
import controls from "~/components/controls.module.css";
import { QueryTable } from "~/components/query-table";
import section from "~/components/section.module.css";
import table from "~/components/table.module.css";
import styles from "./reports.module.css";

type M = Messages["reports"];

/** The reports table with its actions, the form (new or edit) and one report's delivery history. */
export function ReportsView({
  timeZone,
  locale,
  canManage,
  messages: m,
}: ViewProps<M> & { canManage: boolean }) {
  const trpc = useTRPC();
  // Refreshed while something waits to be sent, so a delivery's outcome appears without reloading.
  const list = useQuery({
    ...trpc.reports.list.queryOptions(),
    refetchInterval: (q) => deliveryRefreshMs(q.state.data?.map((r) => r.lastDelivery)),
  });
  const [editing, setEditing] = useState<ReportView | "new" | null>(null);
  const [historyOf, setHistoryOf] = useState<ReportView | null>(null);

  return (
    <div className={section.page}>
      {canManage && editing === null ? (
        <div>
          <button type="button" className="button-primary" onClick={() => setEditing("new")}>
            {m.newReport}
          </button>
        </div>
      ) : null}
      {canManage && editing !== null ? (
        <ReportForm
          report={editing === "new" ? null : editing}
          timeZone={timeZone}
          m={m}
          onDone={() => setEditing(null)}
        />
      ) : null}

      <section className={section.panel} aria-label={m.title}>
        <QueryTable
          query={list}
          words={{ loading: m.loading, failed: m.failed, retry: m.retry, empty: m.empty }}
          columns={[
            m.columns.name,
            m.columns.source,
            m.columns.schedule,
            m.columns.nextSend,
            m.columns.recipients,
            m.columns.lastDelivery,
            m.columns.actions,
          ]}
          row={(report) => (
            <ReportRow
              key={report.id}
              report={report}
              timeZone={timeZone}
              locale={locale}
              canManage={canManage}
              m={m}
              onEdit={() => setEditing(report)}
              onHistory={() => setHistoryOf(historyOf?.id === report.id ? null : report)}
              historyOpen={historyOf?.id === report.id}
            />
          )}
        />
      </section>
      {historyOf ? <DeliveryHistory report={historyOf} timeZone={timeZone} locale={locale} m={m} /> : null}
    </div>
  );
}

function ReportRow({
  report,
  timeZone,
  locale,
  canManage,
  m,
  onEdit,
  onHistory,
  historyOpen,
}: TimeDisplay & {
  report: ReportView;
  canManage: boolean;
  m: M;
  onEdit: () => void;
  onHistory: () => void;
  historyOpen: boolean;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.reports.pathKey() });
  const [queuedFor, setQueuedFor] = useState<string | null>(null);
  const sendNow = useMutation(
    trpc.reports.sendNow.mutationOptions({
      onSuccess: ({ period }) => {
        setQueuedFor(
          `${formatInstant(period.from, timeZone, locale)} – ${formatInstant(period.to, timeZone, locale)}`,
        );
        void refresh();
      },
    }),
  );
  const remove = useMutation(trpc.reports.delete.mutationOptions({ onSuccess: () => void refresh() }));
  const error = sendNow.error ?? remove.error;
  const previewUrl = `/api/reports/${report.id}/preview`;

  return (
    <tr data-testid="report-row" data-report-name={report.name}>
      <td>
        <strong>{report.name}</strong>
        {report.enabled ? null : <span className={styles.muted}> · {m.disabled}</span>}
      </td>
      <td>{report.viewName ?? m.allCalls}</td>
      <td>{scheduleText(report, m)}</td>
      <td data-testid="next-send">
        {report.nextSendAt ? (
          <time dateTime={report.nextSendAt.toISOString()}>
            {formatInstant(report.nextSendAt, timeZone, locale)}
          </time>
        ) : (
          "–"
        )}
      </td>
      <td className={styles.recipients}>{report.recipients.join(", ")}</td>
      <td data-testid="last-delivery">
        {report.lastDelivery ? (
          <DeliveryStatus delivery={report.lastDelivery} timeZone={timeZone} locale={locale} m={m} withTime />
        ) : (
          <span className={styles.muted}>{m.never}</span>
        )}
      </td>
      <td>
        <div className={table.actions}>
          <button type="button" className={controls.button} onClick={onHistory} aria-expanded={historyOpen}>
            {historyOpen ? m.actions.hideHistory : m.actions.history}
          </button>
          {canManage ? (
            <>
              <button
                type="button"
                className={controls.button}
                disabled={sendNow.isPending}
                onClick={() => sendNow.mutate({ id: report.id, requestId: crypto.randomUUID() })}
              >
                {sendNow.isPending ? m.actions.sending : m.actions.sendNow}
              </button>
              <a className={controls.button} href={previewUrl} target="_blank" rel="noopener">
                {m.actions.preview}
              </a>
              <a className={controls.button} href={`${previewUrl}?format=pdf`} target="_blank" rel="noopener">
                {m.actions.previewPdf}
              </a>
              <button type="button" className={controls.button} onClick={onEdit}>
                {m.actions.edit}
              </button>
              <button
                type="button"
                className={`${controls.button} ${controls.danger}`}
                disabled={remove.isPending}
                onClick={() => {
                  if (window.confirm(m.actions.confirmDelete.replace("{name}", report.name)))
                    remove.mutate({ id: report.id });
                }}
              >
                {m.actions.delete}
              </button>
            </>
          ) : null}
        </div>
        {queuedFor ? (
          <p className={styles.note} role="status">
            {m.actions.queued.replace("{period}", queuedFor)}
          </p>
        ) : null}
        {error ? (
          <p className="form-error" role="alert">
            {m.actions.failed} {error.message}
          </p>
        ) : null}
      </td>
    </tr>
  );
}
