"use client";

import type { Messages } from "~/i18n/messages";
import type { WallFormat } from "./format";
import styles from "./wallboard.module.css";
import type { WallboardSnapshot } from "./wallboard-types";

/**
 * Alert rules firing now, across the top of the wall: red, and said in words ("ALERT", the rule, its value and
 * since when) so it reads without colour. role="alert": a screen reader announces a new one.
 */
export function AlertsBanner({
  alerts,
  kinds,
  m,
  f,
}: {
  alerts: WallboardSnapshot["alerts"];
  kinds: Messages["alerts"]["kinds"];
  m: Messages["tv"]["alerts"];
  f: WallFormat;
}) {
  if (alerts.length === 0) return null;
  return (
    <ul className={styles.alertBanner} role="alert" data-testid="alerts-banner">
      {alerts.map((alert) => (
        <li key={alert.id} data-testid="wall-alert">
          <strong>⚠ {m.label}:</strong> {alert.name} — {kinds[alert.kind]} ({m.value} {alert.value ?? "–"},{" "}
          {m.threshold} {alert.threshold}) · {m.since} {f.time(alert.since)}
        </li>
      ))}
    </ul>
  );
}
