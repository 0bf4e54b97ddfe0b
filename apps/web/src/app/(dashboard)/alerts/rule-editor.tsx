"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useId, useState } from "react";
import type { Locale } from "~/i18n/locale";
import { useTRPC } from "~/trpc/react";
import {
  type AlertRuleFields,
  type AlertRuleView,
  type AlertsMessages,
  hhmm,
  minutesOf,
} from "./alert-types";
import { RulePreview } from "./rule-preview";
import controls from "~/components/controls.module.css";
import { Field, InputField } from "~/components/form-field";
import { OptionsSelect } from "~/components/options";
import forms from "~/components/form.module.css";
import section from "~/components/section.module.css";
import styles from "./alerts.module.css";

type Kind = AlertRuleFields["kind"];

/** The form's text, as typed (numbers are parsed on save: the server names any field it refuses). */
function initialForm(rule: AlertRuleView | null) {
  return {
    name: rule?.name ?? "",
    kind: rule?.kind ?? "abandon_rate",
    threshold: String(rule?.threshold ?? 20),
    windowMinutes: String(rule?.windowMinutes ?? 60),
    maxAgeHours: rule?.params.maxAgeHours !== undefined ? String(rule.params.maxAgeHours) : "",
    enabled: rule?.enabled ?? true,
    hoursOn: rule?.businessHours != null,
    days: rule?.businessHours?.days ?? [1, 2, 3, 4, 5],
    start: hhmm(rule?.businessHours?.start ?? 8 * 60),
    end: hhmm((rule?.businessHours?.end ?? 17 * 60 + 30) % 1440),
    emails: rule?.emails.join(", ") ?? "",
    webhookUrl: rule?.webhookUrl ?? "",
    webhookSecret: "",
  };
}
type Form = ReturnType<typeof initialForm>;
/** The fields typed as free text (not the kind, whose values are a fixed list). */
type TextKey = { [K in keyof Form]: string extends Form[K] ? K : never }[keyof Form];

/** What the procedures take, from the form. */
function fieldsOf(form: Form): AlertRuleFields {
  const end = minutesOf(form.end);
  return {
    name: form.name,
    kind: form.kind,
    threshold: form.threshold.trim() === "" ? Number.NaN : Number(form.threshold),
    windowMinutes: form.windowMinutes.trim() === "" ? Number.NaN : Number(form.windowMinutes),
    params:
      form.kind === "backlog" && form.maxAgeHours.trim() !== ""
        ? { maxAgeHours: Number(form.maxAgeHours) }
        : {},
    businessHours: form.hoursOn
      ? {
          days: [...form.days].sort((a, b) => a - b),
          start: minutesOf(form.start),
          end: end === 0 ? 1440 : end,
        }
      : null,
    emails: form.emails
      .split(/[,;\s]+/)
      .map((e) => e.trim())
      .filter(Boolean),
    webhookUrl: form.webhookUrl.trim() === "" ? null : form.webhookUrl.trim(),
    enabled: form.enabled,
    ...(form.webhookSecret !== "" && { webhookSecret: form.webhookSecret }),
  };
}

/** Create or edit a rule (admins), with the "test on last week" preview of what is in the form. */
export function RuleEditor({
  rule,
  onClose,
  timeZone,
  locale,
  m,
}: {
  rule: AlertRuleView | null;
  onClose: () => void;
  timeZone: string;
  locale: Locale;
  m: AlertsMessages;
}) {
  const id = useId();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [form, setForm] = useState(() => initialForm(rule));
  const [generated, setGenerated] = useState<string | null>(null);
  const set = <K extends keyof Form>(key: K, value: Form[K]) => setForm((f) => ({ ...f, [key]: value }));
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.alerts.pathKey() });
  const create = useMutation(
    trpc.alerts.create.mutationOptions({
      onSuccess: ({ generatedSecret }) => {
        void refresh();
        if (generatedSecret && form.webhookUrl.trim() !== "") setGenerated(generatedSecret);
        else onClose();
      },
    }),
  );
  const update = useMutation(
    trpc.alerts.update.mutationOptions({
      onSuccess: () => {
        void refresh();
        onClose();
      },
    }),
  );
  const saving = create.isPending || update.isPending;
  const error = create.error ?? update.error;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const fields = fieldsOf(form);
    if (rule) update.mutate({ ...fields, id: rule.id });
    else create.mutate(fields);
  };
  const field = (name: string) => `${id}-${name}`;
  /** An input's id, value and change, bound to a text field of the form. */
  const text = (key: TextKey) => ({
    id: field(key),
    value: form[key],
    onValue: (value: string) => set(key, value),
  });

  if (generated) {
    return (
      <section className={`${section.panel} ${styles.editor}`} aria-labelledby={field("generated")}>
        <h2 id={field("generated")}>{m.editor.generatedHeading}</h2>
        <p className={section.help}>{m.editor.generatedHelp}</p>
        <input className={styles.secret} value={generated} readOnly aria-labelledby={field("generated")} />
        <button type="button" className={controls.button} onClick={onClose}>
          {m.editor.dismiss}
        </button>
      </section>
    );
  }

  return (
    <section
      className={`${section.panel} ${styles.editor}`}
      aria-labelledby={field("heading")}
      data-testid="alert-rule-editor"
    >
      <h2 id={field("heading")}>{rule ? m.editor.editHeading : m.editor.newHeading}</h2>
      <form className={`${forms.form} ${styles.editorForm}`} onSubmit={submit} noValidate>
        <InputField label={m.editor.name} {...text("name")} maxLength={120} required />
        <Field id={field("kind")} label={m.editor.kind}>
          <OptionsSelect
            id={field("kind")}
            values={Object.keys(m.kinds) as Kind[]}
            names={m.kinds}
            value={form.kind}
            onValue={(kind) => set("kind", kind)}
          />
        </Field>
        <InputField
          label={m.editor.threshold}
          hint={m.thresholdHelp[form.kind]}
          type="number"
          inputMode="decimal"
          min={0}
          step="any"
          {...text("threshold")}
        />
        <InputField label={m.editor.window} type="number" min={5} max={1440} {...text("windowMinutes")} />
        {form.kind === "backlog" ? (
          <InputField
            label={m.editor.maxAgeHours}
            type="number"
            min={0}
            step="any"
            {...text("maxAgeHours")}
          />
        ) : null}
        <label className={forms.check}>
          <input type="checkbox" checked={form.enabled} onChange={(e) => set("enabled", e.target.checked)} />{" "}
          {m.editor.enabled}
        </label>
        <fieldset className={styles.hours}>
          <legend>
            <label className={forms.check}>
              <input
                type="checkbox"
                checked={form.hoursOn}
                onChange={(e) => set("hoursOn", e.target.checked)}
              />{" "}
              {m.editor.businessHours}
            </label>
          </legend>
          {form.hoursOn ? (
            <>
              <div role="group" aria-label={m.editor.days} className={styles.days}>
                {m.editor.weekdays.map((label, i) => (
                  <label key={label} className={forms.check}>
                    <input
                      type="checkbox"
                      checked={form.days.includes(i + 1)}
                      onChange={(e) =>
                        set(
                          "days",
                          e.target.checked ? [...form.days, i + 1] : form.days.filter((d) => d !== i + 1),
                        )
                      }
                    />{" "}
                    {label}
                  </label>
                ))}
              </div>
              <div className={styles.row}>
                <InputField label={m.editor.from} type="time" {...text("start")} />
                <InputField label={m.editor.to} type="time" {...text("end")} />
              </div>
            </>
          ) : null}
        </fieldset>
        <InputField label={m.editor.emails} {...text("emails")} />
        <InputField label={m.editor.webhookUrl} type="url" placeholder="https://" {...text("webhookUrl")} />
        <InputField
          label={
            <>
              {m.editor.webhookSecret}{" "}
              <span data-testid="webhook-secret-state">
                ({rule?.webhookSecretSet ? m.editor.secretSet : m.editor.secretNotSet})
              </span>
            </>
          }
          hint={m.editor.secretHelp}
          type="password"
          autoComplete="new-password"
          {...text("webhookSecret")}
        />
        {error ? (
          <p className="form-error" role="alert">
            {m.editor.failed} {error.message}
          </p>
        ) : null}
        <div className={styles.row}>
          <button type="submit" className="button-primary" disabled={saving}>
            {saving ? m.editor.saving : m.editor.save}
          </button>
          <button type="button" className={controls.button} onClick={onClose}>
            {m.editor.cancel}
          </button>
        </div>
      </form>
      <RulePreview fields={fieldsOf(form)} timeZone={timeZone} locale={locale} m={m} />
    </section>
  );
}
