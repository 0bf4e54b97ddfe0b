"use client";

import type { RouterInputs } from "@antdash/api";
import { skipToken, useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useTRPC } from "~/trpc/react";
import { formatInstant } from "~/format/date-time";
import { type AlertRuleFields, type AlertsViewProps, fill } from "./alert-types";
import controls from "~/components/controls.module.css";
import styles from "./alerts.module.css";

const STEPS = [5, 10, 15, 30, 60] as const;

/**
 * "Test this rule on last week": the server replays the rule in the form (saved or not) over the 7 days before
 * now, step by step, and says how often it would have fired. Run on request. Every 5 minutes by default, the
 * finest step and the closest to the live evaluation (after each sync pass): the server reads all the steps together,
 * so a fine step costs about what a coarse one does.
 */
export function RulePreview({ fields, timeZone, locale, m }: AlertsViewProps & { fields: AlertRuleFields }) {
  const id = useId();
  const trpc = useTRPC();
  const [step, setStep] = useState<number>(5);
  // Asked for on request only (the button), for the form as it was then.
  const [request, setRequest] = useState<RouterInputs["alerts"]["preview"] | null>(null);
  const preview = useQuery({
    ...trpc.alerts.preview.queryOptions(request ?? skipToken),
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
  const run = () =>
    setRequest({
      rule: {
        kind: fields.kind,
        threshold: fields.threshold,
        windowMinutes: fields.windowMinutes,
        params: fields.params ?? {},
        businessHours: fields.businessHours ?? null,
      },
      to: new Date(),
      stepMinutes: step,
    });
  const result = preview.data;
  return (
    <section className={styles.preview} aria-labelledby={`${id}-heading`} data-testid="alert-preview">
      <h3 id={`${id}-heading`}>{m.preview.heading}</h3>
      <div className={styles.row}>
        <label htmlFor={`${id}-step`}>{m.preview.step}</label>
        <select id={`${id}-step`} value={step} onChange={(e) => setStep(Number(e.target.value))}>
          {STEPS.map((s) => (
            <option key={s} value={s}>
              {s} {m.preview.minutes}
            </option>
          ))}
        </select>
        <button type="button" className={controls.button} onClick={run} disabled={preview.isFetching}>
          {m.preview.run}
        </button>
      </div>
      <div role="status" aria-live="polite">
        {preview.isFetching ? (
          <p>{m.preview.running}</p>
        ) : preview.isError ? (
          <p className="form-error">
            {m.preview.failed} {preview.error.message}
          </p>
        ) : result ? (
          <p data-testid="alert-preview-result" data-fired={result.fired}>
            <strong>{fill(m.preview.result, result.fired)}</strong> ·{" "}
            {fill(m.preview.minutesFiring, Math.round(result.firingMinutes))} ·{" "}
            {fill(m.preview.evaluations, result.evaluations)}
          </p>
        ) : null}
      </div>
      {result && result.intervals.length > 0 ? (
        <details>
          <summary>{m.preview.intervals}</summary>
          <ul className={styles.intervals}>
            {result.intervals.map((interval) => (
              <li key={interval.start.toISOString()}>
                {formatInstant(interval.start, timeZone, locale)} –{" "}
                {interval.end ? formatInstant(interval.end, timeZone, locale) : m.preview.stillFiring}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
