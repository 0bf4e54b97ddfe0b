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
        <div className="field">
          <label htmlFor={field("name")}>{m.editor.name}</label>
          <input
            id={field("name")}
            value={form.name}
            onChange={(e) => set("name", e.target.value)}
            maxLength={120}
            required
          />
        </div>
        <div className="field">
          <label htmlFor={field("kind")}>{m.editor.kind}</label>
          <select id={field("kind")} value={form.kind} onChange={(e) => set("kind", e.target.value as Kind)}>
            {(Object.keys(m.kinds) as Kind[]).map((kind) => (
              <option key={kind} value={kind}>
                {m.kinds[kind]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={field("threshold")}>{m.editor.threshold}</label>
          <input
            id={field("threshold")}
            type="number"
            inputMode="decimal"
            min={0}
            step="any"
            value={form.threshold}
            onChange={(e) => set("threshold", e.target.value)}
            aria-describedby={field("threshold-help")}
          />
          <small id={field("threshold-help")} className={section.help}>
            {m.thresholdHelp[form.kind]}
          </small>
        </div>
        <div className="field">
          <label htmlFor={field("window")}>{m.editor.window}</label>
          <input
            id={field("window")}
            type="number"
            min={5}
            max={1440}
            value={form.windowMinutes}
            onChange={(e) => set("windowMinutes", e.target.value)}
          />
        </div>
        {form.kind === "backlog" ? (
          <div className="field">
            <label htmlFor={field("age")}>{m.editor.maxAgeHours}</label>
            <input
              id={field("age")}
              type="number"
              min={0}
              step="any"
              value={form.maxAgeHours}
              onChange={(e) => set("maxAgeHours", e.target.value)}
            />
          </div>
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
                <div className="field">
                  <label htmlFor={field("start")}>{m.editor.from}</label>
                  <input
                    id={field("start")}
                    type="time"
                    value={form.start}
                    onChange={(e) => set("start", e.target.value)}
                  />
                </div>
                <div className="field">
                  <label htmlFor={field("end")}>{m.editor.to}</label>
                  <input
                    id={field("end")}
                    type="time"
                    value={form.end}
                    onChange={(e) => set("end", e.target.value)}
                  />
                </div>
              </div>
            </>
          ) : null}
        </fieldset>
        <div className="field">
          <label htmlFor={field("emails")}>{m.editor.emails}</label>
          <input id={field("emails")} value={form.emails} onChange={(e) => set("emails", e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={field("webhook")}>{m.editor.webhookUrl}</label>
          <input
            id={field("webhook")}
            type="url"
            value={form.webhookUrl}
            onChange={(e) => set("webhookUrl", e.target.value)}
            placeholder="https://"
          />
        </div>
        <div className="field">
          <label htmlFor={field("secret")}>
            {m.editor.webhookSecret}{" "}
            <span data-testid="webhook-secret-state">
              ({rule?.webhookSecretSet ? m.editor.secretSet : m.editor.secretNotSet})
            </span>
          </label>
          <input
            id={field("secret")}
            type="password"
            autoComplete="new-password"
            value={form.webhookSecret}
            onChange={(e) => set("webhookSecret", e.target.value)}
            aria-describedby={field("secret-help")}
          />
          <small id={field("secret-help")} className={section.help}>
            {m.editor.secretHelp}
          </small>
        </div>
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
