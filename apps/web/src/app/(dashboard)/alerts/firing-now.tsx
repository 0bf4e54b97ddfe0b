"use client";

import { useQuery } from "@tanstack/react-query";
import type { Locale } from "~/i18n/locale";
import { useTRPC } from "~/trpc/react";
import { QueryState } from "~/components/query-state";
import { Section } from "~/components/section";
import { Timestamp } from "~/components/timestamp";
import type { AlertsMessages } from "./alert-types";
import styles from "./alerts.module.css";

/** Rules firing now, refreshed every 15 s (the evaluation runs after each sync pass). Words, not only colour. */
export function FiringNow({ timeZone, locale, m }: { timeZone: string; locale: Locale; m: AlertsMessages }) {
  const trpc = useTRPC();
  const firing = useQuery({ ...trpc.alerts.firing.queryOptions(), refetchInterval: 15_000 });
  return (
    <Section headingId="alerts-firing-heading" title={m.firing.heading} testId="alerts-firing">
      <QueryState
        query={firing}
        isEmpty={(list) => list.length === 0}
        words={{ loading: m.loading, failed: m.failed, empty: m.firing.none }}
        emptyIsStatus
      >
        {(list) => (
          <ul className={styles.firingList} role="alert">
            {list.map((alert) => (
              <li key={alert.id} className={styles.firing} data-testid="firing-alert">
                <strong className={styles.badge}>{m.firing.label}</strong> <strong>{alert.name}</strong> ·{" "}
                {m.kinds[alert.kind]} · {m.firing.value} {alert.value ?? "–"} ({m.firing.threshold}{" "}
                {alert.threshold}) · {m.firing.since}{" "}
                <Timestamp at={alert.since} timeZone={timeZone} locale={locale} relative />
              </li>
            ))}
          </ul>
        )}
      </QueryState>
    </Section>
  );
}
