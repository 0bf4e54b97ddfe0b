"use client";

import type { RouterOutputs } from "@antdash/api";
import { fillTemplate } from "~/filters/fill-template";
import { intlLocale, type Locale } from "~/i18n/locale";
import type { Messages } from "~/i18n/messages";
import { drillHref, type PageFilter } from "./drill";
import { formatDuration } from "./format";
import { type Better, kpiDelta } from "./kpi-delta";
import styles from "./overview.module.css";
import { useDrill } from "./use-drill";

type Summary = RouterOutputs["analytics"]["overview"]["summary"];
type Status = keyof Summary["byStatus"];
type Kind = "count" | "rate" | "duration";

interface KpiSpec {
  id: string;
  label: string;
  value: (s: Summary) => number;
  kind: Kind;
  better: Better;
  /** The calls behind the number, when they are a subset the filter can name. */
  narrow?: Parameters<typeof drillHref>[1] | null;
}

/** The headline numbers, each with its change against the previous period of the same length. */
export function KpiCards({
  summary,
  previous,
  filter,
  locale,
  messages: m,
}: {
  summary: Summary;
  previous: Summary;
  filter: PageFilter;
  locale: Locale;
  messages: Messages["overview"];
}) {
  const onClick = useDrill();
  const tag = intlLocale(locale);
  const numbers = new Intl.NumberFormat(tag);
  const percent = new Intl.NumberFormat(tag, { style: "percent", maximumFractionDigits: 1 });
  const signedPercent = new Intl.NumberFormat(tag, {
    style: "percent",
    maximumFractionDigits: 1,
    signDisplay: "exceptZero",
  });
  const signedNumber = new Intl.NumberFormat(tag, { maximumFractionDigits: 1, signDisplay: "exceptZero" });
  const missedStatuses = (filter.status ?? (Object.keys(summary.byStatus) as Status[])).filter(
    (s) => s !== "SUCCESS",
  );

  const specs: KpiSpec[] = [
    { id: "total", label: m.total, value: (s) => s.total, kind: "count", better: "neutral", narrow: {} },
    {
      id: "inbound",
      label: m.inbound,
      value: (s) => s.byDirection.to_ab ?? 0,
      kind: "count",
      better: "neutral",
      narrow: { direction: ["to_ab"] },
    },
    {
      id: "outbound",
      label: m.outbound,
      value: (s) => s.byDirection.from_ab ?? 0,
      kind: "count",
      better: "neutral",
      narrow: { direction: ["from_ab"] },
    },
    {
      id: "answered",
      label: m.answered,
      value: (s) => s.answered,
      kind: "count",
      better: "higher",
      narrow: { status: ["SUCCESS"] },
    },
    { id: "answer-rate", label: m.answerRate, value: (s) => s.answerRate, kind: "rate", better: "higher" },
    {
      id: "missed",
      label: m.missed,
      value: (s) => s.total - s.answered,
      kind: "count",
      better: "lower",
      narrow: missedStatuses.length > 0 ? { status: missedStatuses } : null,
    },
    {
      id: "abandoned",
      label: m.abandoned,
      value: (s) => s.abandoned,
      kind: "count",
      better: "lower",
      narrow: { status: ["CANCELLED"] },
    },
    { id: "avg-talk", label: m.avgTalk, value: (s) => s.avgTalkSeconds, kind: "duration", better: "neutral" },
    {
      id: "median-talk",
      label: m.medianTalk,
      value: (s) => s.medianTalkSeconds,
      kind: "duration",
      better: "neutral",
    },
    { id: "avg-wait", label: m.avgWait, value: (s) => s.avgWaitSeconds, kind: "duration", better: "lower" },
    {
      id: "median-wait",
      label: m.medianWait,
      value: (s) => s.medianWaitSeconds,
      kind: "duration",
      better: "lower",
    },
    {
      id: "talk-time",
      label: m.talkTime,
      value: (s) => s.billingSeconds,
      kind: "duration",
      better: "neutral",
    },
  ];

  const format = (kind: Kind, value: number) =>
    kind === "rate"
      ? percent.format(value)
      : kind === "duration"
        ? formatDuration(value, m.units)
        : numbers.format(value);

  return (
    <ul className={styles.kpis} aria-label={m.kpiLabel}>
      {specs.map((spec) => {
        const now = spec.value(summary);
        const before = spec.value(previous);
        const delta = kpiDelta(now, before, spec.kind === "rate" ? "points" : "relative", spec.better);
        const text = format(spec.kind, now);
        const deltaText =
          delta.trend === "flat"
            ? m.unchanged
            : delta.change === null
              ? fillTemplate(m.deltaNoBase, { previous: format(spec.kind, before) })
              : fillTemplate(m.delta, {
                  change:
                    spec.kind === "rate"
                      ? `${signedNumber.format(delta.change * 100)} ${m.points}`
                      : signedPercent.format(delta.change),
                  previous: format(spec.kind, before),
                });
        const href = spec.narrow && now > 0 ? drillHref(filter, spec.narrow) : null;
        return (
          <li key={spec.id} className={styles.kpi} data-testid={`kpi-${spec.id}`} data-value={now}>
            <dl>
              <dt>{spec.label}</dt>
              <dd>
                {href ? (
                  <a href={href} onClick={onClick} className={styles.kpiLink} title={m.openCalls}>
                    {text}
                  </a>
                ) : (
                  text
                )}
              </dd>
            </dl>
            <p className={styles.delta} data-tone={delta.tone} data-testid="kpi-delta">
              <span aria-hidden="true">
                {delta.trend === "up" ? "▲ " : delta.trend === "down" ? "▼ " : ""}
              </span>
              {deltaText}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
