"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useMemo } from "react";
import { fillTemplate } from "~/filters/fill-template";
import { intlLocale, type Locale } from "~/i18n/locale";
import type { Messages } from "~/i18n/messages";
import { useTRPC } from "~/trpc/react";
import { dateTimeFormatter } from "~/format/date-time";
import { historyHref } from "./callbacks-table";
import styles from "./callbacks.module.css";
import { Fact } from "~/components/fact";

/** How many of the most frequent repeat callers the section lists. */
const TOP_CALLERS = 20;

/**
 * Repeat callers over the page's range: the share of answered inbound calls followed by another call from the same
 * number within 24 h and 7 days (a first-contact-resolution proxy), and the numbers that call most, each linking
 * to its history. The shares per agent and per DID are on the agents and DIDs pages.
 */
export function RepeatCallers({
  range,
  locale,
  timeZone,
  messages: m,
}: {
  range: { from: string; to: string };
  locale: Locale;
  timeZone: string;
  messages: Messages["callbacks"];
}) {
  const trpc = useTRPC();
  const repeat = useQuery(trpc.callbacks.repeatCallers.queryOptions({ filter: range, limit: TOP_CALLERS }));
  const formatTime = useMemo(() => dateTimeFormatter(locale, timeZone), [locale, timeZone]);
  const numbers = new Intl.NumberFormat(intlLocale(locale));
  const percent = new Intl.NumberFormat(intlLocale(locale), { style: "percent", maximumFractionDigits: 1 });
  const share = (value: number | null) => (value === null ? m.kpis.none : percent.format(value));
  const r = m.repeat;
  const now = useMemo(() => new Date(range.to), [range.to]);

  return (
    <section className={styles.section} aria-labelledby="repeat-callers-title" data-testid="repeat-callers">
      <h2 id="repeat-callers-title">{r.title}</h2>
      <p className="subtitle">{r.subtitle}</p>
      {repeat.isPending && <p className="notice">{m.kpis.loading}</p>}
      {repeat.isError && (
        <p role="alert" className="form-error">
          {m.kpis.failed}
        </p>
      )}
      {repeat.data && (
        <>
          <dl className={styles.shares}>
            <Fact testId="repeat-24h" term={r.share24h}>
              {share(repeat.data.overall.repeat24hShare)}
            </Fact>
            <Fact testId="repeat-7d" term={r.share7d}>
              {share(repeat.data.overall.repeat7dShare)}
            </Fact>
          </dl>
          <h3>{r.topCallers}</h3>
          {repeat.data.topCallers.length === 0 ? (
            <p className="notice">{r.empty}</p>
          ) : (
            <div className={styles.scroller}>
              <table className={styles.table} style={{ minWidth: "30rem" }}>
                <caption className="visually-hidden">{r.topCallers}</caption>
                <thead>
                  <tr>
                    <th scope="col">{r.number}</th>
                    <th scope="col" className={styles.num}>
                      {r.calls}
                    </th>
                    <th scope="col" className={styles.num}>
                      {r.answered}
                    </th>
                    <th scope="col">{r.lastCall}</th>
                  </tr>
                </thead>
                <tbody>
                  {repeat.data.topCallers.map((caller) => (
                    <tr key={caller.number} data-testid="repeat-caller">
                      <th scope="row">
                        <Link
                          href={historyHref(caller.number, now)}
                          aria-label={fillTemplate(m.actions.historyLabel, { number: caller.number })}
                        >
                          {caller.number}
                        </Link>
                      </th>
                      <td className={styles.num}>{numbers.format(caller.calls)}</td>
                      <td className={styles.num}>{numbers.format(caller.answered)}</td>
                      <td>{formatTime(caller.lastAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}
