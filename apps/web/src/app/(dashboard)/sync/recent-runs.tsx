import type { RouterOutputs } from "@antdash/api";
import type { Locale } from "~/i18n/locale";
import type { Messages } from "~/i18n/messages";
import { numberFormats } from "../agents/_breakdown/format";
import { describeCorrections } from "./run-corrections";
import styles from "./sync.module.css";
import { formatInstant } from "./timestamp";

type Run = RouterOutputs["sync"]["status"]["recentRuns"][number];

/** The latest runs, newest first, with their errors. */
export function RecentRuns({
  runs,
  timeZone,
  locale,
  messages: m,
}: {
  runs: Run[];
  timeZone: string;
  locale: Locale;
  messages: Messages["sync"];
}) {
  if (runs.length === 0) return <p className="notice">{m.runs.empty}</p>;
  const { integer } = numberFormats(locale);
  const at = (date: Date) => formatInstant(date, timeZone, locale);
  return (
    <div className={styles.scroller} role="region" aria-label={m.runs.title} tabIndex={0}>
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col">{m.runs.started}</th>
            <th scope="col">{m.runs.kind}</th>
            <th scope="col">{m.runs.status}</th>
            <th scope="col">{m.runs.range}</th>
            <th scope="col" className={styles.number}>
              {m.runs.calls}
            </th>
            <th scope="col" className={styles.number}>
              {m.runs.quarantined}
            </th>
            <th scope="col" title={m.runs.correctionsHelp}>
              {m.runs.corrections}
            </th>
            <th scope="col">{m.runs.error}</th>
          </tr>
        </thead>
        <tbody>
          {runs.map((run) => (
            <tr key={run.id} data-testid="sync-run" data-kind={run.kind} data-status={run.status}>
              <td suppressHydrationWarning>{at(run.startedAt)}</td>
              <td>{run.kind === "backfill" ? m.progress.backfill : m.progress.incremental}</td>
              <td>
                <span className={styles[`status_${run.status}`]}>{m.runs.statuses[run.status]}</span>
              </td>
              <td suppressHydrationWarning>
                {at(run.rangeFrom)} – {at(run.rangeTo)}
              </td>
              <td className={styles.number}>{integer(run.callsInserted)}</td>
              <td className={styles.number}>{integer(run.quarantined)}</td>
              <td data-testid="sync-run-corrections">{describeCorrections(run, m.runs, integer)}</td>
              <td className={styles.error}>{run.error ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
