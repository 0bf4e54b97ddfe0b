"use client";

import type { DeliveryView, ReportView } from "@antdash/api";
import { useQuery } from "@tanstack/react-query";
import type { TimeDisplay } from "~/lib/view-props";
import type { Messages } from "~/i18n/messages";
import { useTRPC } from "~/trpc/react";
import { formatInstant } from "~/format/date-time";
import { QueryTable } from "~/components/query-table";
import { Section } from "~/components/section";
import { StatusBadge } from "~/components/status-badge";
import table from "~/components/table.module.css";
import { deliveryRefreshMs } from "./delivery-refresh";
import styles from "./reports.module.css";

type M = Messages["reports"];

/** A delivery's state, with its error (SMTP unreachable, address refused…) and when it is tried again. */
export function DeliveryStatus({
  delivery,
  timeZone,
  locale,
  m,
  withTime = false,
}: TimeDisplay & {
  delivery: DeliveryView;
  m: M;
  withTime?: boolean;
}) {
  const at = delivery.sentAt ?? delivery.createdAt;
  const retrying = delivery.state === "pending" && delivery.attempts > 0;
  return (
    <div data-state={delivery.state}>
      <DeliveryBadge state={delivery.state} m={m} testId="delivery-state" />
      {withTime ? <span className={styles.muted}> {formatInstant(at, timeZone, locale)}</span> : null}
      {delivery.incomplete ? <span className={styles.muted}> · {m.incomplete}</span> : null}
      {retrying ? (
        <span className={styles.muted}>
          {" "}
          · {m.retryAt.replace("{time}", formatInstant(delivery.nextAttemptAt, timeZone, locale))}
        </span>
      ) : null}
      {delivery.lastError ? (
        <div className={table.error} data-testid="delivery-error">
          {delivery.lastError}
        </div>
      ) : null}
    </div>
  );
}

/** Every delivery of one report, newest first: when, which period, who asked, status, attempts, error. */
export function DeliveryHistory({ report, timeZone, locale, m }: TimeDisplay & { report: ReportView; m: M }) {
  const trpc = useTRPC();
  const history = useQuery({
    ...trpc.reports.deliveries.queryOptions({ id: report.id, limit: 50 }),
    refetchInterval: (q) => deliveryRefreshMs(q.state.data),
  });
  const at = (d: Date) => formatInstant(d, timeZone, locale);
  return (
    <Section
      headingId="report-history-heading"
      title={m.history.heading.replace("{name}", report.name)}
      testId="delivery-history"
    >
      <QueryTable
        query={history}
        words={{ loading: m.loading, failed: history.error?.message ?? m.failed, empty: m.history.empty }}
        columns={[
          m.history.columns.time,
          m.history.columns.period,
          m.history.columns.requestedBy,
          m.history.columns.status,
          m.history.columns.attempts,
          m.history.columns.error,
        ]}
        row={(d) => (
          <tr key={d.id} data-testid="delivery-row" data-state={d.state}>
            <td>{at(d.sentAt ?? d.createdAt)}</td>
            <td>{d.periodFrom && d.periodTo ? `${at(d.periodFrom)} – ${at(d.periodTo)}` : "–"}</td>
            <td>{d.requestedBy === "schedule" ? m.history.schedule : d.requestedBy}</td>
            <td>
              <DeliveryBadge state={d.state} m={m} />
            </td>
            <td data-testid="delivery-attempts">{d.attempts}</td>
            <td className={table.error}>{d.lastError ?? ""}</td>
          </tr>
        )}
      />
    </Section>
  );
}

/** A delivery's state in words, green once sent and red once failed for good. */
function DeliveryBadge({ state, m, testId }: { state: DeliveryView["state"]; m: M; testId?: string }) {
  const tone = state === "sent" ? "good" : state === "failed" ? "bad" : "plain";
  return (
    <StatusBadge tone={tone} data-state={state} data-testid={testId}>
      {m.states[state]}
    </StatusBadge>
  );
}
