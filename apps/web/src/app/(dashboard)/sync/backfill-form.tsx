"use client";

import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useId, useState } from "react";
import type { Messages } from "~/i18n/messages";
import { useTRPC } from "~/trpc/react";
import { type BackfillProblem, backfillRange } from "./backfill-range";
import section from "~/components/section.module.css";
import styles from "./sync.module.css";

type M = Messages["sync"]["backfill"];

/** What to tell the admin when the API refuses: a running sync (SyncBusyError) and a missing runner by name. */
function refusal(error: { data?: { code?: string } | null; message: string }, m: M): string {
  if (error.data?.code === "CONFLICT") return m.busy;
  if (error.data?.code === "PRECONDITION_FAILED") return m.unavailable;
  return `${m.failed}: ${error.message}`;
}

/** Admins: start a backfill of whole days in the display time zone. */
export function BackfillForm({
  timeZone,
  defaultDay,
  onStarted,
  messages: m,
}: {
  timeZone: string;
  /** Yesterday in the display zone: a small, safe first choice. */
  defaultDay: string;
  onStarted: () => void;
  messages: M;
}) {
  const trpc = useTRPC();
  const id = useId();
  const [fromDay, setFromDay] = useState(defaultDay);
  const [toDay, setToDay] = useState(defaultDay);
  const [problem, setProblem] = useState<BackfillProblem | null>(null);
  const start = useMutation(trpc.sync.startBackfill.mutationOptions({ onSuccess: onStarted }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const range = backfillRange(fromDay, toDay, timeZone, new Date());
    if ("problem" in range) {
      setProblem(range.problem);
      return;
    }
    setProblem(null);
    start.mutate(range);
  };

  const fromInvalid = problem === "missing" || problem === "future";
  const toInvalid = problem === "missing" || problem === "order" || problem === "tooLong";
  const errorId = `${id}-error`;
  return (
    <form className={styles.form} onSubmit={submit} noValidate aria-describedby={`${id}-help`}>
      <p id={`${id}-help`} className={section.help}>
        {m.help} ({timeZone})
      </p>
      <div className={styles.fields}>
        <div className="field">
          <label htmlFor={`${id}-from`}>{m.from}</label>
          <input
            id={`${id}-from`}
            type="date"
            value={fromDay}
            onChange={(e) => setFromDay(e.target.value)}
            aria-invalid={fromInvalid || undefined}
            aria-describedby={fromInvalid ? errorId : undefined}
            required
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-to`}>{m.to}</label>
          <input
            id={`${id}-to`}
            type="date"
            value={toDay}
            onChange={(e) => setToDay(e.target.value)}
            aria-invalid={toInvalid || undefined}
            aria-describedby={toInvalid ? errorId : undefined}
            required
          />
        </div>
        <button type="submit" className="button-primary" disabled={start.isPending}>
          {start.isPending ? m.submitting : m.submit}
        </button>
      </div>
      {problem && (
        <p id={errorId} className="form-error" role="alert">
          {m[problem]}
        </p>
      )}
      {!problem && start.isError && (
        <p className="form-error" role="alert" data-testid="backfill-error">
          {refusal(start.error, m)}
        </p>
      )}
      {!problem && start.isSuccess && (
        <p className={section.ok} role="status">
          {m.started}
        </p>
      )}
    </form>
  );
}
