"use client";

import { useQuery } from "@tanstack/react-query";
import type { Locale } from "~/i18n/locale";
import type { Messages } from "~/i18n/messages";
import { useTRPC } from "~/trpc/react";
import { type DurationUnits, formatDurationInWords } from "~/format/duration-words";
import { numberFormats } from "~/format/numbers";
import { callbackBreakdownRows } from "./breakdown-rows";
import boxed from "../boxed-table.module.css";
import styles from "./callback-kpis.module.css";

/**
 * The agents and DIDs pages' call-back columns, in a table of their own below the KPI table: per agent (who reached
 * the case; who answered the first call for repeats) or per DID (of the first missed call), the cases, how fast
 * they were reached, and the 24 h / 7 d repeat-caller shares.
 */
export function CallbackBreakdown({
  dimension,
  filter,
  locale,
  units,
  noDidLabel,
  messages: m,
}: {
  dimension: "agent" | "did";
  filter: { from: string; to: string };
  locale: Locale;
  units: DurationUnits;
  noDidLabel: string;
  messages: Messages["callbacks"]["kpis"];
}) {
  const trpc = useTRPC();
  const range = { from: filter.from, to: filter.to };
  const kpis = useQuery(trpc.callbacks.kpis.queryOptions({ filter: range }));
  const repeats = useQuery(trpc.callbacks.repeatCallers.queryOptions({ filter: range, limit: 1 }));
  const { integer, percent } = numberFormats(locale);
  const count = (v: number | null) => (v === null ? m.none : integer(v));
  const share = (v: number | null) => (v === null ? m.none : percent(v));
  const c = m.columns;
  const caption = dimension === "agent" ? m.tableAgents : m.tableDids;

  if (kpis.isError || repeats.isError) {
    return (
      <p role="alert" className="form-error">
        {m.failed}
      </p>
    );
  }
  if (!kpis.data || !repeats.data) return <p className="notice">{m.loading}</p>;
  const rows =
    dimension === "agent"
      ? callbackBreakdownRows("agent", kpis.data.byAgent, repeats.data.byAgent)
      : callbackBreakdownRows("did", kpis.data.byDid, repeats.data.byDid);
  return (
    <section
      className={styles.section}
      aria-labelledby="callback-breakdown-title"
      data-testid="callback-breakdown"
    >
      <h2 id="callback-breakdown-title">{caption}</h2>
      <div className={boxed.box}>
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">{dimension === "agent" ? m.agent : m.did}</th>
              <th scope="col">{c.opened}</th>
              <th scope="col">{c.open}</th>
              <th scope="col">{c.reached}</th>
              <th scope="col">{c.reached1h}</th>
              <th scope="col">{c.reached24h}</th>
              <th scope="col">{c.medianToReach}</th>
              <th scope="col">{c.repeat24h}</th>
              <th scope="col">{c.repeat7d}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} data-key={row.key}>
                <th scope="row">{row.key === "" ? noDidLabel : row.key}</th>
                <td>{count(row.opened)}</td>
                <td>{count(row.open)}</td>
                <td>{count(row.reached)}</td>
                <td>{share(row.reachedWithin1hShare)}</td>
                <td>{share(row.reachedWithin24hShare)}</td>
                <td>
                  {row.medianSecondsToReach === null
                    ? m.none
                    : formatDurationInWords(row.medianSecondsToReach, units)}
                </td>
                <td data-testid="repeat-24h-share">{share(row.repeat24hShare)}</td>
                <td>{share(row.repeat7dShare)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className={styles.note}>{dimension === "agent" ? m.agentsNote : m.didsNote}</p>
    </section>
  );
}
