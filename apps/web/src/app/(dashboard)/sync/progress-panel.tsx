import type { RouterOutputs } from "@antdash/api";
import type { Messages } from "~/i18n/messages";
import { numberFormats } from "~/format/numbers";
import type { Locale } from "~/i18n/locale";
import styles from "./sync.module.css";

export type SyncProgress = NonNullable<RouterOutputs["sync"]["status"]["running"]>;

function formatEta(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.round(seconds / 60);
  return minutes < 60 ? `${minutes} min` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

/** The run in progress: a bar of windows done, calls written, rate and time left. */
export function ProgressPanel({
  progress,
  locale,
  messages: m,
}: {
  progress: SyncProgress;
  locale: Locale;
  messages: Messages["sync"]["progress"];
}) {
  const { integer } = numberFormats(locale);
  const kind = progress.kind === "backfill" ? m.backfill : m.incremental;
  return (
    <div className={styles.progress} data-testid="sync-progress" data-kind={progress.kind}>
      <p className={styles.progressTitle}>{kind}</p>
      <progress
        className={styles.bar}
        max={Math.max(1, progress.windowsTotal)}
        value={progress.windowsDone}
        aria-label={`${m.label}: ${kind}`}
      />
      <dl className={styles.facts}>
        <div>
          <dt>{m.windows}</dt>
          <dd>
            {integer(progress.windowsDone)} / {integer(progress.windowsTotal)}
          </dd>
        </div>
        <div>
          <dt>{m.callsWritten}</dt>
          <dd>{integer(progress.callsWritten)}</dd>
        </div>
        <div>
          <dt>{m.callsSeen}</dt>
          <dd>{integer(progress.callsSeen)}</dd>
        </div>
        <div>
          <dt>{m.rate}</dt>
          <dd>
            {integer(progress.callsPerSecond)} {m.perSecond}
          </dd>
        </div>
        <div>
          <dt>{m.eta}</dt>
          <dd>{progress.etaSeconds === null ? m.etaUnknown : formatEta(progress.etaSeconds)}</dd>
        </div>
        {progress.quarantined > 0 && (
          <div>
            <dt>{m.quarantined}</dt>
            <dd>{integer(progress.quarantined)}</dd>
          </div>
        )}
      </dl>
    </div>
  );
}
