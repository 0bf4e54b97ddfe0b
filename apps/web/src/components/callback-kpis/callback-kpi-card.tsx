"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { fillTemplate } from "~/filters/fill-template";
import { intlLocale, type Locale } from "~/i18n/locale";
import type { Messages } from "~/i18n/messages";
import { useTRPC } from "~/trpc/react";
import { type DurationUnits, formatDurationInWords } from "~/format/duration-words";
import styles from "./callback-kpis.module.css";
import { Fact } from "~/components/fact";

/**
 * The overview's call-back card: the open backlog now, and for the cases first missed in the page's range how fast
 * they were reached (within 1 / 4 / 24 h, median times) and by whom (our call-back or the customer calling again).
 */
export function CallbackKpiCard({
  filter,
  locale,
  units,
  messages: m,
}: {
  /** The page's range and DIDs (the other call criteria do not apply to cases). */
  filter: { from: string; to: string; did?: string[] };
  locale: Locale;
  units: DurationUnits;
  messages: Messages["callbacks"]["kpis"];
}) {
  const trpc = useTRPC();
  const kpis = useQuery(
    trpc.callbacks.kpis.queryOptions({
      filter: { from: filter.from, to: filter.to, ...(filter.did?.length ? { did: filter.did } : {}) },
    }),
  );
  const tag = intlLocale(locale);
  const numbers = new Intl.NumberFormat(tag);
  const percent = new Intl.NumberFormat(tag, { style: "percent", maximumFractionDigits: 0 });
  const share = (value: number | null) => (value === null ? m.none : percent.format(value));
  const duration = (seconds: number | null) =>
    seconds === null ? m.none : formatDurationInWords(seconds, units);

  return (
    <section className={styles.card} aria-labelledby="callback-kpis-title" data-testid="callback-kpis">
      <header className={styles.header}>
        <h2 id="callback-kpis-title">{m.title}</h2>
        <Link href="/callbacks">{m.open}</Link>
      </header>
      {kpis.isPending && <p className="notice">{m.loading}</p>}
      {kpis.isError && (
        <p role="alert" className="form-error">
          {m.failed}
        </p>
      )}
      {kpis.data && (
        <dl className={styles.grid}>
          <Fact testId="callback-backlog" term={m.backlog} value={kpis.data.openBacklog}>
            <Link href="/callbacks">{numbers.format(kpis.data.openBacklog)}</Link>
          </Fact>
          <Fact testId="callback-opened" term={m.opened} value={kpis.data.overall.opened}>
            {numbers.format(kpis.data.overall.opened)}
          </Fact>
          {([1, 4, 24] as const).map((hours) => {
            const o = kpis.data.overall;
            const count =
              hours === 1 ? o.reachedWithin1h : hours === 4 ? o.reachedWithin4h : o.reachedWithin24h;
            const rate =
              hours === 1
                ? o.reachedWithin1hShare
                : hours === 4
                  ? o.reachedWithin4hShare
                  : o.reachedWithin24hShare;
            return (
              <Fact
                key={hours}
                testId={`callback-within-${hours}h`}
                term={fillTemplate(m.reachedWithin, { hours })}
                value={count}
              >
                {share(rate)} <small>({numbers.format(count)})</small>
              </Fact>
            );
          })}
          <Fact testId="callback-median-first-attempt" term={m.medianToFirstAttempt}>
            {duration(kpis.data.overall.medianSecondsToFirstAttempt)}
          </Fact>
          <Fact testId="callback-median-reach" term={m.medianToReach}>
            {duration(kpis.data.overall.medianSecondsToReach)}
          </Fact>
          <div data-testid="callback-reached-split">
            <dt>{m.reachedSplit}</dt>
            <dd className={styles.split}>
              <span>
                {m.byCallback}: {share(kpis.data.overall.callbackShare)}
              </span>
              <span>
                {m.byCustomer}:{" "}
                {share(kpis.data.overall.callbackShare === null ? null : 1 - kpis.data.overall.callbackShare)}
              </span>
            </dd>
          </div>
        </dl>
      )}
    </section>
  );
}
