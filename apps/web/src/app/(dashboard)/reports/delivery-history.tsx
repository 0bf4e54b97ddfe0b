"use client";

import type { DeliveryView, ReportView } from "@antdash/api";
import { useQuery } from "@tanstack/react-query";
import type { Locale } from "~/i18n/locale";
import type { Messages } from "~/i18n/messages";
import { useTRPC } from "~/trpc/react";
import { formatInstant } from "../sync/timestamp";
import styles from "./reports.module.css";

type M = Messages["reports"];

/** A delivery's state, with its error (SMTP unreachable, address refused…) and when it is tried again. */
export function DeliveryStatus({
  delivery,
  timeZone,
  locale,
  m,
  withTime = false,
}: {
  delivery: DeliveryView;
  timeZone: string;
  locale: Locale;
  m: M;
  withTime?: boolean;
}) {
  const at = delivery.sentAt ?? delivery.createdAt;
  const retrying = delivery.state === "pending" && delivery.attempts > 0;
  return (
    <div className={styles.delivery} data-state={delivery.state}>
      <span className={styles.badge} data-state={delivery.state} data-testid="delivery-state">
        {m.states[delivery.state]}
      </span>
      {withTime ? <span className={styles.muted}> {formatInstant(at, timeZone, locale)}</span> : null}
      {delivery.incomplete ? <span className={styles.muted}> · {m.incomplete}</span> : null}
      {retrying ? (
        <span className={styles.muted}>
          {" "}
          · {m.retryAt.replace("{time}", formatInstant(delivery.nextAttemptAt, timeZone, locale))}
        </span>
      ) : null}
      {delivery.lastError ? (
        <div className={styles.error} data-testid="delivery-error">
          {delivery.lastError}
        </div>
      ) : null}
    </div>
  );
}

/** Every delivery of one report, newest first: when, which period, who asked, status, attempts, error. */
export function DeliveryHistory({
  report,
  timeZone,
  locale,
  m,
}: {
  report: ReportView;
  timeZone: string;
  locale: Locale;
  m: M;
}) {
  const trpc = useTRPC();
  const history = useQuery({
    ...trpc.reports.deliveries.queryOptions({ id: report.id, limit: 50 }),
    refetchInterval: (q) =>
      q.state.data?.some((d) => d.state === "pending" || d.state === "sending") ? 2_000 : 30_000,
  });
  const at = (d: Date) => formatInstant(d, timeZone, locale);
  return (
    <section className={styles.panel} aria-labelledby="report-history-heading" data-testid="delivery-history">
      <h2 id="report-history-heading">{m.history.heading.replace("{name}", report.name)}</h2>
      {history.isPending ? (
        <p className={styles.status}>{m.loading}</p>
      ) : history.isError ? (
        <p className="form-error" role="alert">
          {history.error.message}
        </p>
      ) : history.data.length === 0 ? (
        <p className={styles.status}>{m.history.empty}</p>
      ) : (
        <div className={styles.tableWrap}>
          <table className={styles.table}>
            <thead>
              <tr>
                <th scope="col">{m.history.columns.time}</th>
                <th scope="col">{m.history.columns.period}</th>
                <th scope="col">{m.history.columns.requestedBy}</th>
                <th scope="col">{m.history.columns.status}</th>
                <th scope="col">{m.history.columns.attempts}</th>
                <th scope="col">{m.history.columns.error}</th>
              </tr>
            </thead>
            <tbody>
              {history.data.map((d) => (
                <tr key={d.id} data-testid="delivery-row" data-state={d.state}>
                  <td>{at(d.sentAt ?? d.createdAt)}</td>
                  <td>{d.periodFrom && d.periodTo ? `${at(d.periodFrom)} – ${at(d.periodTo)}` : "–"}</td>
                  <td>{d.requestedBy === "schedule" ? m.history.schedule : d.requestedBy}</td>
                  <td>
                    <span className={styles.badge} data-state={d.state}>
                      {m.states[d.state]}
                    </span>
                  </td>
                  <td data-testid="delivery-attempts">{d.attempts}</td>
                  <td className={styles.error}>{d.lastError ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
