"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { type FormEvent, useId, useState } from "react";
import type { Messages } from "~/i18n/messages";
import { useTRPC } from "~/trpc/react";
import { LoadFailed } from "~/components/load-failed";
import { SubmitRow } from "~/components/submit-row";
import forms from "~/components/form.module.css";
import section from "~/components/section.module.css";
import {
  draftOf,
  parseSettings,
  type SettingsDraft,
  type SettingsField,
  type SettingsProblem,
  NUMBER_LIMITS,
} from "./settings-input";

type M = Messages["admin"]["settings"];

/** Loads the settings, then shows the form (loading and error states included). */
export function SettingsView({ timeZones, messages: m }: { timeZones: string[]; messages: M }) {
  const trpc = useTRPC();
  const settings = useQuery(trpc.admin.getSettings.queryOptions());
  if (settings.isPending) return <p className="notice">{m.loading}</p>;
  if (settings.isError) {
    return <LoadFailed message={m.failed} retryLabel={m.retry} onRetry={() => void settings.refetch()} />;
  }
  return <SettingsForm initial={draftOf(settings.data)} timeZones={timeZones} messages={m} />;
}

function SettingsForm({
  initial,
  timeZones,
  messages: m,
}: {
  initial: SettingsDraft;
  timeZones: string[];
  messages: M;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const id = useId();
  const [draft, setDraft] = useState(initial);
  const [problems, setProblems] = useState<Partial<Record<SettingsField, SettingsProblem>>>({});
  const save = useMutation(
    trpc.admin.updateSettings.mutationOptions({
      onSuccess: (saved) => {
        queryClient.setQueryData(trpc.admin.getSettings.queryKey(), saved);
        // The shell shows the zone and every page groups by it: render them again.
        router.refresh();
      },
    }),
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseSettings(draft);
    if ("problems" in parsed) {
      setProblems(parsed.problems);
      return;
    }
    setProblems({});
    save.mutate(parsed);
  };

  const problemText = (field: SettingsField): string | null => {
    const problem = problems[field];
    if (!problem) return null;
    if (problem === "outOfRange" && field !== "timeZone") {
      const { min, max } = NUMBER_LIMITS[field];
      return `${m.outOfRange} ${min}–${max}.`;
    }
    return problem === "outOfRange" ? null : m[problem];
  };
  const input = (field: SettingsField, label: string, help?: string) => {
    const problem = problemText(field);
    const describedBy = [help && `${id}-${field}-help`, problem && `${id}-${field}-problem`]
      .filter(Boolean)
      .join(" ");
    const limits = field === "timeZone" ? null : NUMBER_LIMITS[field];
    return (
      <div className="field">
        <label htmlFor={`${id}-${field}`}>{label}</label>
        <input
          id={`${id}-${field}`}
          name={field}
          value={draft[field]}
          onChange={(e) => setDraft({ ...draft, [field]: e.target.value })}
          aria-invalid={problem ? true : undefined}
          aria-describedby={describedBy || undefined}
          {...(limits
            ? {
                type: "number",
                inputMode: "decimal",
                min: limits.min,
                max: limits.max,
                step: limits.integer ? 1 : "any",
              }
            : { type: "text", list: `${id}-zones`, autoComplete: "off", spellCheck: false })}
          required
        />
        {help && (
          <small id={`${id}-${field}-help`} className={section.help}>
            {help}
          </small>
        )}
        {problem && (
          <small id={`${id}-${field}-problem`} className="form-error">
            {problem}
          </small>
        )}
      </div>
    );
  };

  return (
    <form className={section.panel} onSubmit={submit} noValidate>
      {input("timeZone", m.timeZone, m.timeZoneHelp)}
      <datalist id={`${id}-zones`}>
        {timeZones.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
      <fieldset className={forms.fieldset}>
        <legend>{m.thresholds}</legend>
        <div className={forms.form}>
          {input("answerRateRedPercent", m.answerRateRed)}
          {input("answerRateAmberPercent", m.answerRateAmber)}
          {input("maxWaitSeconds", m.maxWait)}
          {input("abandonRateRedPercent", m.abandonRateRed)}
          {input("staleDataMinutes", m.staleData)}
        </div>
      </fieldset>
      <fieldset className={forms.fieldset}>
        <legend>{m.kpi}</legend>
        <p className={section.help}>
          {m.kpiHelp} <a href="/glossary">{m.glossaryLink}</a>
        </p>
        <div className={forms.form}>
          {input("serviceLevelSeconds", m.serviceLevelSeconds, m.serviceLevelSecondsHelp)}
          {input("shortAbandonSeconds", m.shortAbandonSeconds, m.shortAbandonSecondsHelp)}
          {input("serviceLevelTargetPercent", m.serviceLevelTarget, m.serviceLevelTargetHelp)}
        </div>
      </fieldset>
      <SubmitRow
        pending={save.isPending}
        label={m.save}
        pendingLabel={m.saving}
        error={save.isError && `${m.actionFailed} ${save.error.message}`}
        success={save.isSuccess && m.saved}
      />
    </form>
  );
}
