"use client";

import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useId, useState } from "react";
import type { Messages } from "~/i18n/messages";
import { useTRPC } from "~/trpc/react";
import { type BackfillProblem, backfillRange } from "./backfill-range";
import { InputField } from "~/components/form-field";
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
  /** A day's input: required, and pointing at the problem when it is the one to blame. */
  const day = (invalid: boolean) => ({
    type: "date",
    required: true,
    "aria-invalid": invalid || undefined,
    "aria-describedby": invalid ? errorId : undefined,
  });
  return (
    <form className={styles.form} onSubmit={submit} noValidate aria-describedby={`${id}-help`}>
      <p id={`${id}-help`} className={section.help}>
        {m.help} ({timeZone})
      </p>
      <div className={styles.fields}>
        <InputField
          id={`${id}-from`}
          label={m.from}
          value={fromDay}
          onValue={setFromDay}
          {...day(fromInvalid)}
        />
        <InputField id={`${id}-to`} label={m.to} value={toDay} onValue={setToDay} {...day(toInvalid)} />
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
