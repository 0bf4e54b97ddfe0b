"use client";

import type { RouterOutputs } from "@antdash/api";
import { useId } from "react";
import { fillTemplate } from "~/filters/fill-template";
import { intlLocale, type Locale } from "~/i18n/locale";
import type { Messages } from "~/i18n/messages";
import { drillHref, type PageFilter } from "./drill";
import { formatDurationInWords as formatDuration } from "~/format/duration-words";
import { kpiDelta } from "./kpi-delta";
import {
  KPI_GLOSSARY_KEYS,
  type KpiGroup,
  type KpiId,
  type KpiKind,
  type KpiSpec,
  kpiSpecs,
  serviceLevelStanding,
} from "./kpi-specs";
import styles from "./overview.module.css";
import { useDrill } from "./use-drill";

type Summary = RouterOutputs["analytics"]["overview"]["summary"];
type M = Messages["overview"];
const GROUPS: KpiGroup[] = ["inbound", "outbound", "internal"];

export interface KpiTargets {
  serviceLevelTargetPercent: number;
  shortAbandonSeconds: number;
}

/** Each card's formula and meaning, from the API's glossary with the settings filled in (built on the server). */
export type KpiExplanations = Record<KpiId, string>;

/**
 * The headline numbers by direction (inbound, outbound, internal), each with its change against the previous period
 * of equal length, a link to its calls, and its formula on hover and keyboard focus.
 */
export function KpiCards({
  summary,
  previous,
  filter,
  targets,
  explanations,
  locale,
  messages: m,
}: {
  summary: Summary;
  previous: Summary;
  filter: PageFilter;
  targets: KpiTargets;
  explanations: KpiExplanations;
  locale: Locale;
  messages: M;
}) {
  const specs = kpiSpecs(filter, targets);
  const format = kpiFormatter(locale, m);
  return (
    <div className={styles.kpiGroups} aria-label={m.kpiLabel} role="group">
      {GROUPS.map((group) => (
        <section key={group} className={styles.kpiGroup} aria-labelledby={`kpi-group-${group}`}>
          <h2 id={`kpi-group-${group}`} className={styles.kpiGroupTitle}>
            {m.kpis.groups[group]}
          </h2>
          <ul className={styles.kpis}>
            {specs
              .filter((spec) => spec.group === group)
              .map((spec) => (
                <KpiCard
                  key={spec.id}
                  spec={spec}
                  summary={summary}
                  previous={previous}
                  filter={filter}
                  targets={targets}
                  explanation={explanations[spec.id]}
                  format={format}
                  messages={m}
                />
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

interface KpiFormatter {
  value: (kind: KpiKind, value: number | null) => string;
  change: (kind: KpiKind, change: number) => string;
  percent: (value: number) => string;
}

function kpiFormatter(locale: Locale, m: M): KpiFormatter {
  const tag = intlLocale(locale);
  const numbers = new Intl.NumberFormat(tag);
  const percent = new Intl.NumberFormat(tag, { style: "percent", maximumFractionDigits: 1 });
  const signedPercent = new Intl.NumberFormat(tag, {
    style: "percent",
    maximumFractionDigits: 1,
    signDisplay: "exceptZero",
  });
  const signedNumber = new Intl.NumberFormat(tag, { maximumFractionDigits: 1, signDisplay: "exceptZero" });
  return {
    value: (kind, value) =>
      value === null
        ? m.kpis.none
        : kind === "rate"
          ? percent.format(value)
          : kind === "duration"
            ? formatDuration(value, m.units)
            : numbers.format(value),
    change: (kind, change) =>
      kind === "rate" ? `${signedNumber.format(change * 100)} ${m.points}` : signedPercent.format(change),
    percent: (value) => percent.format(value),
  };
}

function KpiCard({
  spec,
  summary,
  previous,
  filter,
  targets,
  explanation,
  format,
  messages: m,
}: {
  spec: KpiSpec;
  summary: Summary;
  previous: Summary;
  filter: PageFilter;
  targets: KpiTargets;
  explanation: string;
  format: KpiFormatter;
  messages: M;
}) {
  const onClick = useDrill();
  const tipId = useId();
  const now = spec.value(summary);
  const before = spec.value(previous);
  const label = m.kpis.labels[spec.id];
  const text = format.value(spec.kind, now);
  const target = format.percent(targets.serviceLevelTargetPercent / 100);
  const standing =
    spec.id === "service-level" ? serviceLevelStanding(now, targets.serviceLevelTargetPercent) : null;

  let deltaText: string;
  let tone = "neutral";
  let arrow = "";
  if (now === null || before === null) {
    deltaText = fillTemplate(m.deltaNoBase, { previous: format.value(spec.kind, before) });
  } else {
    const delta = kpiDelta(now, before, spec.kind === "rate" ? "points" : "relative", spec.better);
    tone = delta.tone;
    arrow = delta.trend === "up" ? "▲ " : delta.trend === "down" ? "▼ " : "";
    deltaText =
      delta.trend === "flat"
        ? m.unchanged
        : delta.change === null
          ? fillTemplate(m.deltaNoBase, { previous: format.value(spec.kind, before) })
          : fillTemplate(m.delta, {
              change: format.change(spec.kind, delta.change),
              previous: format.value(spec.kind, before),
            });
  }
  const countBehind = spec.id === "outbound-talk" ? summary.kpis.outbound.connected : now;
  const href = spec.narrow && countBehind ? drillHref(filter, spec.narrow) : null;

  return (
    <li
      className={styles.kpi}
      data-testid={`kpi-${spec.id}`}
      data-value={now ?? ""}
      data-standing={standing ?? undefined}
    >
      <dl>
        <dt>
          {label}
          <a
            href={`/glossary#${KPI_GLOSSARY_KEYS[spec.id]}`}
            className={styles.kpiInfo}
            aria-label={fillTemplate(m.kpis.howComputed, { name: label })}
            aria-describedby={tipId}
          >
            ?
          </a>
        </dt>
        <dd>
          {href ? (
            <a href={href} onClick={onClick} className={styles.kpiLink} aria-describedby={tipId}>
              {text}
            </a>
          ) : (
            <span title={now === null ? m.kpis.noneNote : undefined}>{text}</span>
          )}
        </dd>
      </dl>
      {standing && (
        <p className={styles.standing} data-standing={standing}>
          {standing === "met" ? m.kpis.metTarget : m.kpis.belowTarget} ·{" "}
          {fillTemplate(m.kpis.target, { target })}
        </p>
      )}
      <p className={styles.delta} data-tone={tone} data-testid="kpi-delta">
        <span aria-hidden="true">{arrow}</span>
        {deltaText}
      </p>
      <p id={tipId} role="tooltip" className={styles.kpiTip} data-testid="kpi-explain">
        {explanation}
      </p>
    </li>
  );
}
