"use client";

import { useQuery } from "@tanstack/react-query";
import { intlLocale, type Locale } from "~/i18n/locale";
import type { Messages } from "~/i18n/messages";
import { useTRPC } from "~/trpc/react";

/** The headline numbers of the overview: total calls, answered, answer rate. */
export function OverviewSummary({
  filter,
  locale,
  messages: m,
}: {
  filter: { from: string; to: string };
  locale: Locale;
  messages: Messages["overview"];
}) {
  const trpc = useTRPC();
  const summary = useQuery(trpc.analytics.summary.queryOptions({ filter }));
  if (summary.isPending) return <p className="notice">{m.loading}</p>;
  if (summary.isError) {
    return (
      <p className="form-error" role="alert">
        {m.failed}
      </p>
    );
  }
  const numbers = new Intl.NumberFormat(intlLocale(locale));
  const percent = new Intl.NumberFormat(intlLocale(locale), { style: "percent", maximumFractionDigits: 1 });
  const { total, answered, answerRate } = summary.data;
  return (
    <>
      <dl className="kpis">
        <div className="kpi" data-testid="kpi-total">
          <dt>{m.total}</dt>
          <dd>{numbers.format(total)}</dd>
        </div>
        <div className="kpi" data-testid="kpi-answered">
          <dt>{m.answered}</dt>
          <dd>{numbers.format(answered)}</dd>
        </div>
        <div className="kpi" data-testid="kpi-answer-rate">
          <dt>{m.answerRate}</dt>
          <dd>{percent.format(answerRate)}</dd>
        </div>
      </dl>
      {total === 0 && <p className="notice">{m.empty}</p>}
    </>
  );
}
