"use client";

import type { ReportView } from "@antdash/api";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import type { Messages } from "~/i18n/messages";
import { useTRPC } from "~/trpc/react";
import { EMPTY_FORM, formOf, type ReportFormState, toReportInput } from "./report-form-logic";
import controls from "~/components/controls.module.css";
import forms from "~/components/form.module.css";
import { Section } from "~/components/section";
import styles from "./reports.module.css";

type M = Messages["reports"];

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

  return (
    <Section
      headingId="report-form-heading"
      title={report ? t.editHeading.replace("{name}", report.name) : t.createHeading}
    >
      <form className={forms.form} onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor="report-name">{t.name}</label>
          <input
            id="report-name"
            value={form.name}
            onChange={(e) => set("name", e.target.value)}
            maxLength={120}
          />
        </div>
        <div className="field">
          <label htmlFor="report-source">{t.source}</label>
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
        </div>
        <div className="field">
          <label htmlFor="report-period">{t.period}</label>
          <select
            id="report-period"
            value={form.period}
            onChange={(e) => set("period", e.target.value as ReportFormState["period"])}
          >
            <option value="daily">{t.periods.daily}</option>
            <option value="weekly">{t.periods.weekly}</option>
            <option value="monthly">{t.periods.monthly}</option>
          </select>
        </div>
        {form.period === "weekly" ? (
          <div className="field">
            <label htmlFor="report-weekday">{t.weekday}</label>
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
          </div>
        ) : null}
        {form.period === "monthly" ? (
          <div className="field">
            <label htmlFor="report-month-day">{t.monthDay}</label>
            <input
              id="report-month-day"
              type="number"
              min={1}
              max={28}
              value={form.monthDay}
              onChange={(e) => set("monthDay", Number(e.target.value))}
            />
          </div>
        ) : null}
        <div className="field">
          <label htmlFor="report-send-time">{t.sendTime.replace("{zone}", timeZone)}</label>
          <input
            id="report-send-time"
            type="time"
            value={form.sendTime}
            onChange={(e) => set("sendTime", e.target.value)}
          />
        </div>
        <div className={`field ${forms.wide}`}>
          <label htmlFor="report-recipients">{t.recipients}</label>
          <textarea
            id="report-recipients"
            rows={3}
            value={form.recipients}
            onChange={(e) => set("recipients", e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="report-locale">{t.language}</label>
          <select
            id="report-locale"
            value={form.locale}
            onChange={(e) => set("locale", e.target.value as "vi" | "en")}
          >
            <option value="vi">Tiếng Việt</option>
            <option value="en">English</option>
          </select>
        </div>
        <fieldset className={`${forms.fieldset} ${styles.formats}`}>
          <legend>{t.formats}</legend>
          <span>{t.pdfAlways}</span>
          <label htmlFor="report-attachment">{t.attachment}</label>
          <select
            id="report-attachment"
            value={form.attachment}
            onChange={(e) => set("attachment", e.target.value as ReportFormState["attachment"])}
          >
            <option value="none">{t.attachments.none}</option>
            <option value="csv">{t.attachments.csv}</option>
            <option value="xlsx">{t.attachments.xlsx}</option>
          </select>
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
