"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import type { Locale } from "~/i18n/locale";
import { useTRPC } from "~/trpc/react";
import { Timestamp } from "../sync/timestamp";
import type { AlertsMessages } from "./alert-types";
import styles from "./alerts.module.css";

/** Notifications of the alerts, with the reason of a failed attempt (webhook 500 or silent, SMTP unreachable). */
export function AlertDeliveries({
  timeZone,
  locale,
  m,
}: {
  timeZone: string;
  locale: Locale;
  m: AlertsMessages;
}) {
  const trpc = useTRPC();
  const [problemsOnly, setProblemsOnly] = useState(false);
  const deliveries = useQuery({
    ...trpc.alerts.deliveries.queryOptions({ limit: 50, problemsOnly }),
    refetchInterval: 15_000,
  });
  return (
    <section
      className={styles.panel}
      aria-labelledby="alerts-deliveries-heading"
      data-testid="alerts-deliveries"
    >
      <div className={styles.panelHead}>
        <h2 id="alerts-deliveries-heading">{m.deliveries.heading}</h2>
        <label className={styles.check}>
          <input type="checkbox" checked={problemsOnly} onChange={(e) => setProblemsOnly(e.target.checked)} />{" "}
          {m.deliveries.problemsOnly}
        </label>
      </div>
      {deliveries.isPending ? (
        <p role="status">{m.loading}</p>
      ) : deliveries.isError ? (
        <p className="form-error" role="alert">
          {m.failed}
        </p>
      ) : deliveries.data.length === 0 ? (
        <p className={styles.help}>{m.deliveries.empty}</p>
      ) : (
        <div className={styles.tableWrap}>
          <table className={styles.table}>
            <thead>
              <tr>
                <th scope="col">{m.deliveries.columns.created}</th>
                <th scope="col">{m.deliveries.columns.rule}</th>
                <th scope="col">{m.deliveries.columns.channel}</th>
                <th scope="col">{m.deliveries.columns.target}</th>
                <th scope="col">{m.deliveries.columns.state}</th>
                <th scope="col">{m.deliveries.columns.attempts}</th>
                <th scope="col">{m.deliveries.columns.error}</th>
                <th scope="col">{m.deliveries.columns.next}</th>
              </tr>
            </thead>
            <tbody>
              {deliveries.data.map((d) => (
                <tr key={d.id} data-testid="alert-delivery" data-state={d.state}>
                  <td>
                    <Timestamp at={d.createdAt} timeZone={timeZone} locale={locale} />
                  </td>
                  <td>
                    {d.ruleName ?? m.history.deletedRule}
                    {d.event ? ` · ${d.event === "fired" ? m.history.fired : m.history.recovered}` : ""}
                  </td>
                  <td>{m.deliveries.channels[d.channel]}</td>
                  <td>{d.channel === "webhook" ? "—" : d.target}</td>
                  <td>{m.deliveries.states[d.state]}</td>
                  <td>{d.attempts}</td>
                  <td className={d.lastError ? styles.error : undefined}>{d.lastError ?? ""}</td>
                  <td>
                    {d.state === "pending" && d.attempts > 0 ? (
                      <Timestamp at={d.nextAttemptAt} timeZone={timeZone} locale={locale} />
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
