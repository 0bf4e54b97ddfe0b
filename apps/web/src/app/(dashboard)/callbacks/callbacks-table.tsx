"use client";

import Link from "next/link";
import { hrefForFilter } from "~/filters";
import { fillTemplate } from "~/filters/fill-template";
import { bestTimeHint, formatSpans } from "./best-time";
import { type Assignee, CaseActions, type CaseActionWords } from "./case-actions";
import { caseAge } from "~/format/case-age";
import type { CallbackCaseRow } from "./case-types";
import boxed from "~/components/boxed-table.module.css";
import styles from "./callbacks.module.css";

/** How far back "the number's full history" reaches: the calls page needs a range, and a year covers any case. */
const HISTORY_DAYS = 365;

export interface CallbacksTableProps {
  rows: readonly CallbackCaseRow[];
  now: Date;
  timeZone: string;
  formatTime: (instant: Date) => string;
  formatNumber: (n: number) => string;
  /** The signed-in user may act on cases (supervisor, admin); null for a viewer. */
  actor: { userId: string; assignees: readonly Assignee[] } | null;
  words: CaseActionWords;
}

/** The worklist: one row per case, the customer's number first, what to do with it last. */
export function CallbacksTable({
  rows,
  now,
  timeZone,
  formatTime,
  formatNumber,
  actor,
  words,
}: CallbacksTableProps) {
  const m = words.callbacks;
  const c = m.columns;
  return (
    <div className={boxed.box}>
      <table className={`${boxed.table} ${styles.table}`} data-testid="callbacks-table">
        <caption className="visually-hidden">{m.tableLabel}</caption>
        <thead>
          <tr>
            <th scope="col">{c.number}</th>
            <th scope="col">{c.age}</th>
            <th scope="col" className={styles.num}>
              {c.missed}
            </th>
            <th scope="col">{c.dids}</th>
            <th scope="col" className={styles.num}>
              {c.attempts}
            </th>
            <th scope="col">{c.lastAttempt}</th>
            <th scope="col">{c.owner}</th>
            <th scope="col">{c.bestTime}</th>
            <th scope="col">{c.status}</th>
            <th scope="col">{c.actions}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            // An open case keeps ageing while the page is open; a reached or closed one waited until then.
            const age = caseAge(
              row.firstMissedAt,
              row.status === "open" ? now : (row.reachedAt ?? row.closedAt ?? now),
            );
            const best = bestTimeHint(row.bestHours, now, timeZone);
            return (
              <tr
                key={row.id}
                data-testid="callback-case"
                data-case-id={row.id}
                data-number={row.number}
                data-status={row.status}
              >
                <th scope="row">
                  <span className={styles.number}>{row.number}</span>
                  <span className={styles.sub}>
                    {fillTemplate(m.firstMissed, { time: formatTime(row.firstMissedAt) })}
                  </span>
                  {row.missedCount > 1 && (
                    <span className={styles.sub}>
                      {fillTemplate(m.lastMissed, { time: formatTime(row.lastMissedAt) })}
                    </span>
                  )}
                </th>
                <td>
                  <time dateTime={row.firstMissedAt.toISOString()} title={formatTime(row.firstMissedAt)}>
                    {fillTemplate(m.age[age.unit], { n: formatNumber(age.n) })}
                  </time>
                </td>
                <td className={styles.num} data-testid="case-missed">
                  {formatNumber(row.missedCount)}
                </td>
                <td>{row.dids.length > 0 ? row.dids.join(", ") : "—"}</td>
                <td className={styles.num} data-testid="case-attempts">
                  {formatNumber(row.attempts)}
                </td>
                <td>
                  {row.lastAttemptAt ? (
                    formatTime(row.lastAttemptAt)
                  ) : (
                    <span className={styles.muted}>{m.noAttempt}</span>
                  )}
                </td>
                <td data-testid="case-owner">
                  {row.ownerId ? (
                    (row.ownerName ?? row.ownerId)
                  ) : (
                    <span className={styles.muted}>{m.nobody}</span>
                  )}
                </td>
                <td data-testid="case-best-time" data-now={best.isNow}>
                  {best.spans.length === 0 ? (
                    <span className={styles.muted}>{m.bestTimeNone}</span>
                  ) : (
                    <span
                      className={best.isNow ? styles.bestNow : undefined}
                      title={best.isNow ? m.bestTimeNow : m.bestTimeHours}
                    >
                      {formatSpans(best.spans)}
                      {best.isNow && <span className="visually-hidden"> ({m.bestTimeNow})</span>}
                    </span>
                  )}
                </td>
                <td data-testid="case-status">
                  {m.statuses[row.status]}
                  {row.status === "reached" && row.reachedAt && row.reachedBy && (
                    <span className={styles.sub}>
                      {fillTemplate(m.reachedBy[row.reachedBy], { time: formatTime(row.reachedAt) })}
                    </span>
                  )}
                  {row.status === "closed" && row.closeReason && (
                    <span className={styles.sub}>
                      {fillTemplate(m.closedWith, { reason: m.closeReasons[row.closeReason] })}
                    </span>
                  )}
                </td>
                <td>
                  <div className={styles.actions}>
                    <Link
                      href={historyHref(row.number, now)}
                      aria-label={fillTemplate(m.actions.historyLabel, { number: row.number })}
                      data-testid="case-history"
                    >
                      {m.actions.history}
                    </Link>
                  </div>
                  {actor && (
                    <CaseActions row={row} userId={actor.userId} assignees={actor.assignees} words={words} />
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** Every call with the number on the calls page: the number filter finds it in any written form. */
export function historyHref(number: string, now: Date): string {
  return hrefForFilter("/calls", {
    from: new Date(now.getTime() - HISTORY_DAYS * 86_400_000).toISOString(),
    to: now.toISOString(),
    number,
  });
}
