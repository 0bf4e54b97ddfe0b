import type { RouterOutputs } from "@antdash/api";
import type { ViewProps } from "~/lib/view-props";
import type { Messages } from "~/i18n/messages";
import { numberFormats } from "~/format/numbers";
import { DataTable } from "~/components/data-table";
import table from "~/components/table.module.css";
import { formatInstant } from "~/format/date-time";
import { describeCorrections } from "./run-corrections";
import styles from "./sync.module.css";

type Run = RouterOutputs["sync"]["status"]["recentRuns"][number];

/** The latest runs, newest first, with their errors. */
export function RecentRuns({
  runs,
  timeZone,
  locale,
  messages: m,
}: ViewProps<Messages["sync"]> & { runs: Run[] }) {
  if (runs.length === 0) return <p className="notice">{m.runs.empty}</p>;
  const { integer } = numberFormats(locale);
  const at = (date: Date) => formatInstant(date, timeZone, locale);
  return (
    <DataTable
      label={m.runs.title}
      columns={[
        m.runs.started,
        m.runs.kind,
        m.runs.status,
        m.runs.range,
        { label: m.runs.calls, numeric: true },
        { label: m.runs.quarantined, numeric: true },
        { label: m.runs.corrections, title: m.runs.correctionsHelp },
        m.runs.error,
      ]}
    >
      {runs.map((run) => (
        <tr key={run.id} data-testid="sync-run" data-kind={run.kind} data-status={run.status}>
          <td>{at(run.startedAt)}</td>
          <td>{run.kind === "backfill" ? m.progress.backfill : m.progress.incremental}</td>
          <td>
            <span className={styles[`status_${run.status}`]}>{m.runs.statuses[run.status]}</span>
          </td>
          <td>
            {at(run.rangeFrom)} – {at(run.rangeTo)}
          </td>
          <td className={table.number}>{integer(run.callsInserted)}</td>
          <td className={table.number}>{integer(run.quarantined)}</td>
          <td data-testid="sync-run-corrections">{describeCorrections(run, m.runs, integer)}</td>
          <td className={table.error}>{run.error ?? ""}</td>
        </tr>
      ))}
    </DataTable>
  );
}
