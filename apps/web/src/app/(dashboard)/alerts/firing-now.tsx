"use client";

import { useQuery } from "@tanstack/react-query";
import type { Locale } from "~/i18n/locale";
import { useTRPC } from "~/trpc/react";
import { Timestamp } from "../sync/timestamp";
import type { AlertsMessages } from "./alert-types";
import styles from "./alerts.module.css";

/** Rules firing now, refreshed every 15 s (the evaluation runs after each sync pass). Words, not only colour. */
export function FiringNow({ timeZone, locale, m }: { timeZone: string; locale: Locale; m: AlertsMessages }) {
  const trpc = useTRPC();
  const firing = useQuery({ ...trpc.alerts.firing.queryOptions(), refetchInterval: 15_000 });
  return (
    <section className={styles.panel} aria-labelledby="alerts-firing-heading" data-testid="alerts-firing">
      <h2 id="alerts-firing-heading">{m.firing.heading}</h2>
      {firing.isPending ? (
        <p role="status">{m.loading}</p>
      ) : firing.isError ? (
        <p className="form-error" role="alert">
          {m.failed}
        </p>
      ) : firing.data.length === 0 ? (
        <p className={styles.help} role="status">
          {m.firing.none}
        </p>
      ) : (
        <ul className={styles.firingList} role="alert">
          {firing.data.map((alert) => (
            <li key={alert.id} className={styles.firing} data-testid="firing-alert">
              <strong className={styles.badge}>{m.firing.label}</strong> <strong>{alert.name}</strong> ·{" "}
              {m.kinds[alert.kind]} · {m.firing.value} {alert.value ?? "–"} ({m.firing.threshold}{" "}
              {alert.threshold}) · {m.firing.since}{" "}
              <Timestamp at={alert.since} timeZone={timeZone} locale={locale} relative />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
