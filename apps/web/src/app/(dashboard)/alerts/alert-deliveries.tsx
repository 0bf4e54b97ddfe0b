"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "~/trpc/react";
import forms from "~/components/form.module.css";
import { QueryTable } from "~/components/query-table";
import { Section } from "~/components/section";
import table from "~/components/table.module.css";
import { Timestamp } from "~/components/timestamp";
import { type AlertsViewProps, eventName } from "./alert-types";

/** Notifications of the alerts, with the reason of a failed attempt (webhook 500 or silent, SMTP unreachable). */
export function AlertDeliveries({ timeZone, locale, m }: AlertsViewProps) {
  const trpc = useTRPC();
  const [problemsOnly, setProblemsOnly] = useState(false);
  const deliveries = useQuery({
    ...trpc.alerts.deliveries.queryOptions({ limit: 50, problemsOnly }),
    refetchInterval: 15_000,
  });
  return (
    <Section
      headingId="alerts-deliveries-heading"
      title={m.deliveries.heading}
      testId="alerts-deliveries"
      aside={
        <label className={forms.check}>
          <input type="checkbox" checked={problemsOnly} onChange={(e) => setProblemsOnly(e.target.checked)} />{" "}
          {m.deliveries.problemsOnly}
        </label>
      }
    >
      <QueryTable
        query={deliveries}
        words={{ loading: m.loading, failed: m.failed, empty: m.deliveries.empty }}
        columns={[
          m.deliveries.columns.created,
          m.deliveries.columns.rule,
          m.deliveries.columns.channel,
          m.deliveries.columns.target,
          m.deliveries.columns.state,
          m.deliveries.columns.attempts,
          m.deliveries.columns.error,
          m.deliveries.columns.next,
        ]}
        row={(d) => (
          <tr key={d.id} data-testid="alert-delivery" data-state={d.state}>
            <td>
              <Timestamp at={d.createdAt} timeZone={timeZone} locale={locale} />
            </td>
            <td>
              {d.ruleName ?? m.history.deletedRule}
              {d.event ? ` · ${eventName(d.event, m)}` : ""}
            </td>
            <td>{m.deliveries.channels[d.channel]}</td>
            <td>{d.channel === "webhook" ? "—" : d.target}</td>
            <td>{m.deliveries.states[d.state]}</td>
            <td>{d.attempts}</td>
            <td className={d.lastError ? table.error : undefined}>{d.lastError ?? ""}</td>
            <td>
              {d.state === "pending" && d.attempts > 0 ? (
                <Timestamp at={d.nextAttemptAt} timeZone={timeZone} locale={locale} />
              ) : null}
            </td>
          </tr>
        )}
      />
    </Section>
  );
}
