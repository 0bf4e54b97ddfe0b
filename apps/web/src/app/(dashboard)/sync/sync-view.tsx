"use client";

import type { RouterOutputs } from "@antdash/api";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useSubscription } from "@trpc/tanstack-react-query";
import { useState } from "react";
import type { Locale } from "~/i18n/locale";
import type { Messages } from "~/i18n/messages";
import { useTRPC } from "~/trpc/react";
import { numberFormats } from "~/format/numbers";
import { BackfillForm } from "./backfill-form";
import { ProgressPanel } from "./progress-panel";
import { QuarantineList } from "./quarantine-list";
import { RecentRuns } from "./recent-runs";
import { LoadFailed } from "~/components/load-failed";
import { Section } from "~/components/section";
import section from "~/components/section.module.css";
import { Timestamp } from "~/components/timestamp";
import styles from "./sync.module.css";

type Status = RouterOutputs["sync"]["status"];
type Run = Status["recentRuns"][number];

const newestBackfill = (status: Status | undefined) =>
  status?.recentRuns.find((run) => run.kind === "backfill");

/** The backfill this page started, once it has finished: the newest backfill run that was not there before. */
function finishedBackfill(
  status: Status | undefined,
  startedAfter: string | null | undefined,
): Run | undefined {
  if (startedAfter === undefined) return undefined;
  const run = newestBackfill(status);
  return run && run.id !== startedAfter && run.status !== "running" ? run : undefined;
}

/**
 * The sync page: how fresh the cache is, the run in progress (live over SSE), recent runs and errors; for admins
 * the backfill form and the quarantined records.
 */
export function SyncView({
  isAdmin,
  timeZone,
  defaultDay,
  locale,
  messages: m,
}: {
  isAdmin: boolean;
  timeZone: string;
  defaultDay: string;
  locale: Locale;
  messages: Messages["sync"];
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  // Set when this page starts a backfill: the id of the newest backfill before it (null: there was none).
  const [startedAfter, setStartedAfter] = useState<string | null | undefined>(undefined);
  const status = useQuery({
    ...trpc.sync.status.queryOptions(),
    // Poll briskly until the backfill started here has finished, else just keep "x minutes ago" honest.
    refetchInterval: (query) =>
      startedAfter !== undefined && !finishedBackfill(query.state.data, startedAfter) ? 2_000 : 15_000,
  });
  const progress = useSubscription(
    trpc.sync.progress.subscriptionOptions(undefined, {
      enabled: status.data?.controllerAvailable === true,
      onData: (event) => {
        // A run ended (or none is running): its totals, the new freshness and any new quarantine are in the status.
        if (event === null) {
          void queryClient.invalidateQueries({ queryKey: trpc.sync.status.queryKey() });
          if (isAdmin) void queryClient.invalidateQueries({ queryKey: trpc.sync.quarantine.queryKey() });
        }
      },
    }),
  );

  if (status.isPending) return <p className="notice">{m.loading}</p>;
  if (status.isError) {
    return <LoadFailed message={m.failed} retryLabel={m.retry} onRetry={() => void status.refetch()} />;
  }
  const data = status.data;
  const running = progress.data !== undefined ? progress.data : data.running;
  const finished = finishedBackfill(data, startedAfter);
  const f = m.freshness;
  /** When something last happened, relative to now; nothing when it never has. */
  const ago = (at: Date | null, testId: string) =>
    at ? <Timestamp at={at} timeZone={timeZone} locale={locale} relative testId={testId} /> : null;

  return (
    <div className={section.page}>
      <Section headingId="sync-freshness" title={f.title}>
        {!data.controllerAvailable && <p className="notice">{f.controllerMissing}</p>}
        <dl className={styles.facts}>
          <div>
            <dt>{f.newestCall}</dt>
            <dd>
              {ago(data.newestCallAt, "newest-call") ?? <span data-testid="newest-call">{f.never}</span>}
            </dd>
          </div>
          <div>
            <dt>{f.lastSuccess}</dt>
            <dd>{ago(data.lastSuccessAt, "last-success") ?? f.never}</dd>
          </div>
          <div>
            <dt>{f.state}</dt>
            <dd data-testid="sync-state">
              {running ? f.running : f.idle}
              {data.controllerAvailable && (
                <span className={styles.sub}>{data.incremental ? f.incrementalOn : f.incrementalOff}</span>
              )}
            </dd>
          </div>
        </dl>
        <p className={section.help}>
          {f.timeZone}: {timeZone}
        </p>
      </Section>

      <Section headingId="sync-progress-title" title={m.progress.title}>
        {running ? (
          <ProgressPanel progress={running} locale={locale} messages={m.progress} />
        ) : (
          <p className="notice">{m.progress.idle}</p>
        )}
        {finished && <FinishedBackfill run={finished} locale={locale} messages={m} />}
      </Section>

      <Section headingId="sync-errors" title={m.errors.title}>
        {data.lastError ? (
          <p className="form-error" data-testid="sync-last-error">
            {m.errors.lastError}: {data.lastError}
          </p>
        ) : (
          <p className="notice">{m.errors.none}</p>
        )}
        <h3>{m.runs.title}</h3>
        <RecentRuns runs={data.recentRuns} timeZone={timeZone} locale={locale} messages={m} />
      </Section>

      {isAdmin && (
        <Section headingId="sync-backfill" title={m.backfill.title}>
          <BackfillForm
            timeZone={timeZone}
            defaultDay={defaultDay}
            onStarted={() => {
              setStartedAfter(newestBackfill(data)?.id ?? null);
              void queryClient.invalidateQueries({ queryKey: trpc.sync.status.queryKey() });
            }}
            messages={m.backfill}
          />
        </Section>
      )}

      {isAdmin && (
        <Section headingId="sync-quarantine" title={m.quarantine.title}>
          <p className={section.help}>{m.quarantine.help}</p>
          <QuarantineList timeZone={timeZone} locale={locale} messages={m} />
        </Section>
      )}
    </div>
  );
}

/** The outcome of the backfill this page started: a full bar and its new calls, or its error. */
function FinishedBackfill({
  run,
  locale,
  messages: m,
}: {
  run: Run;
  locale: Locale;
  messages: Messages["sync"];
}) {
  const { integer } = numberFormats(locale);
  const ok = run.status === "succeeded";
  // A run that succeeded did every window; its record counts only the ones it fetched, not those an earlier run
  // had already finished (skipped).
  const done = ok ? run.windowsTotal : run.windowsDone;
  const max = Math.max(1, run.windowsTotal);
  return (
    <div className={styles.progress} role="status" data-testid="backfill-finished" data-status={run.status}>
      <p className={styles.progressTitle}>{ok ? m.backfill.done : m.backfill.runFailed}</p>
      <progress
        className={styles.bar}
        max={max}
        value={ok ? max : done}
        aria-label={`${m.progress.label}: ${m.progress.backfill}`}
      />
      <p className={section.help}>
        {m.progress.windows}: {integer(done)} / {integer(run.windowsTotal)} · {integer(run.callsInserted)}{" "}
        {m.backfill.newCalls}
        {run.error ? ` · ${run.error}` : ""}
      </p>
    </div>
  );
}
