"use client";

import type { ReportView } from "@antdash/api";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import type { Messages } from "~/i18n/messages";
import { useTRPC } from "~/trpc/react";
import { EMPTY_FORM, formOf, type ReportFormState, toReportInput } from "./report-form-logic";
import controls from "~/components/controls.module.css";
import { Field, InputField } from "~/components/form-field";
import forms from "~/components/form.module.css";
import { OptionsSelect } from "~/components/options";
import { Section } from "~/components/section";
import styles from "./reports.module.css";

type M = Messages["reports"];

const PERIODS = ["daily", "weekly", "monthly"] as const satisfies readonly ReportFormState["period"][];
const ATTACHMENTS = ["none", "csv", "xlsx"] as const satisfies readonly ReportFormState["attachment"][];

/** Create a report, or edit one; the API checks every field and its message names the one that is wrong. */
export function ReportForm({
  report,
  timeZone,
  m,
  onDone,
}: {
  report: ReportView | null;
  timeZone: string;
  m: M;
  onDone: () => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const views = useQuery(trpc.auth.listSavedViews.queryOptions());
  const [form, setForm] = useState<ReportFormState>(report ? formOf(report) : EMPTY_FORM);
  const set = <K extends keyof ReportFormState>(key: K, value: ReportFormState[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  const done = () => {
    void queryClient.invalidateQueries({ queryKey: trpc.reports.pathKey() });
    onDone();
  };
  const create = useMutation(trpc.reports.create.mutationOptions({ onSuccess: done }));
  const update = useMutation(trpc.reports.update.mutationOptions({ onSuccess: done }));
  const pending = create.isPending || update.isPending;
  const error = create.error ?? update.error;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = toReportInput(form);
    if (report) update.mutate({ ...input, id: report.id });
    else create.mutate({ ...input, savedViewId: input.savedViewId ?? null });
  };
  const t = m.form;
  /** A select's id, value and change, bound to a choice of the form. */
  const choice = <K extends "period" | "attachment">(key: K) => ({
    id: `report-${key}`,
    value: form[key],
    onValue: (value: ReportFormState[K]) => set(key, value),
  });

  return (
    <Section
      headingId="report-form-heading"
      title={report ? t.editHeading.replace("{name}", report.name) : t.createHeading}
    >
      <form className={forms.form} onSubmit={submit} noValidate>
        <InputField
          id="report-name"
          label={t.name}
          value={form.name}
          onValue={(v) => set("name", v)}
          maxLength={120}
        />
        <Field id="report-source" label={t.source}>
          <select id="report-source" value={form.source} onChange={(e) => set("source", e.target.value)}>
            {report && form.source === "keep" ? (
              <option value="keep">{t.keepSource.replace("{name}", report.viewName ?? m.allCalls)}</option>
            ) : null}
            <option value="">{m.allCalls}</option>
            {(views.data ?? []).map((v) => (
              <option key={v.id} value={v.id}>
                {v.name}
              </option>
            ))}
          </select>
          <small className={styles.muted}>{t.savedViewsHint}</small>
        </Field>
        <Field id="report-period" label={t.period}>
          <OptionsSelect values={PERIODS} names={t.periods} {...choice("period")} />
        </Field>
        {form.period === "weekly" ? (
          <Field id="report-weekday" label={t.weekday}>
            <select
              id="report-weekday"
              value={form.weekday}
              onChange={(e) => set("weekday", Number(e.target.value))}
            >
              {m.weekdays.map((name, i) => (
                <option key={name} value={i + 1}>
                  {name}
                </option>
              ))}
            </select>
          </Field>
        ) : null}
        {form.period === "monthly" ? (
          <InputField
            id="report-month-day"
            label={t.monthDay}
            type="number"
            min={1}
            max={28}
            value={form.monthDay}
            onValue={(v) => set("monthDay", Number(v))}
          />
        ) : null}
        <InputField
          id="report-send-time"
          label={t.sendTime.replace("{zone}", timeZone)}
          type="time"
          value={form.sendTime}
          onValue={(v) => set("sendTime", v)}
        />
        <Field id="report-recipients" label={t.recipients} className={forms.wide}>
          <textarea
            id="report-recipients"
            rows={3}
            value={form.recipients}
            onChange={(e) => set("recipients", e.target.value)}
          />
        </Field>
        <Field id="report-locale" label={t.language}>
          <select
            id="report-locale"
            value={form.locale}
            onChange={(e) => set("locale", e.target.value as "vi" | "en")}
          >
            <option value="vi">Tiếng Việt</option>
            <option value="en">English</option>
          </select>
        </Field>
        <fieldset className={`${forms.fieldset} ${styles.formats}`}>
          <legend>{t.formats}</legend>
          <span>{t.pdfAlways}</span>
          <label htmlFor="report-attachment">{t.attachment}</label>
          <OptionsSelect values={ATTACHMENTS} names={t.attachments} {...choice("attachment")} />
        </fieldset>
        <label className={forms.check}>
          <input type="checkbox" checked={form.enabled} onChange={(e) => set("enabled", e.target.checked)} />{" "}
          {t.enabled}
        </label>
        <div className={forms.actions}>
          <button type="submit" className="button-primary" disabled={pending}>
            {pending ? t.saving : report ? t.save : t.create}
          </button>
          <button type="button" className={controls.button} onClick={onDone}>
            {t.cancel}
          </button>
        </div>
        {error ? (
          <p className={`form-error ${forms.wide}`} role="alert" data-testid="report-form-error">
            {m.actions.failed} {error.message}
          </p>
        ) : null}
      </form>
    </Section>
  );
}
