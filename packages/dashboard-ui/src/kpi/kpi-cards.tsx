// @jsxRuntime automatic
import { type MouseEvent, useId } from "react";
import { type ClassMap, cx } from "../class-names";
import { fillTemplate } from "../fill-template";
import type { DurationUnits } from "../format/duration";
import type { UiLocale } from "../locale";
import { kpiDelta } from "./kpi-delta";
import { type KpiFormatter, kpiFormatter } from "./kpi-format";
import {
  KPI_GLOSSARY_KEYS,
  type KpiGroup,
  type KpiId,
  type KpiSpec,
  type KpiSummary,
  serviceLevelStanding,
} from "./kpi-specs";

const GROUPS: KpiGroup[] = ["inbound", "outbound", "internal"];

export interface KpiTargets {
  serviceLevelTargetPercent: number;
  shortAbandonSeconds: number;
}

/** Each card's formula and meaning, from the API's glossary with the settings filled in. */
export type KpiExplanations = Record<KpiId, string>;

/** The cards' words in the viewer's language (the web's overview messages have all of them). */
export interface KpiCardWords {
  kpiLabel: string;
  kpis: {
    groups: Record<KpiGroup, string>;
    labels: Record<KpiId, string>;
    howComputed: string;
    target: string;
    belowTarget: string;
    metTarget: string;
    none: string;
    noneNote: string;
  };
  delta: string;
  deltaNoBase: string;
  unchanged: string;
  points: string;
  units: DurationUnits;
}

/** What makes the cards interactive on the dashboard; the printed report passes none of it. */
export interface KpiCardLinks {
  /** The calls behind a card's number, or null when it opens none. */
  hrefFor: (spec: KpiSpec, summary: KpiSummary) => string | null;
  onClick?: (event: MouseEvent<HTMLAnchorElement>) => void;
  /** Where a card's "?" leads (its glossary entry). */
  glossaryHref: (glossaryKey: string) => string;
}

/**
 * The headline numbers by direction (inbound, outbound, internal), each with its change against the previous period
 * of equal length; on the dashboard also a link to its calls and its formula on hover and keyboard focus.
 */
export function KpiCards({
  specs,
  summary,
  previous,
  targets,
  explanations,
  locale,
  words: m,
  links,
  classes,
}: {
  specs: KpiSpec[];
  summary: KpiSummary;
  previous: KpiSummary;
  targets: KpiTargets;
  explanations?: KpiExplanations;
  locale: UiLocale;
  words: KpiCardWords;
  links?: KpiCardLinks;
  classes?: ClassMap;
}) {
  const format = kpiFormatter(locale, { none: m.kpis.none, points: m.points, units: m.units });
  return (
    <div className={cx(classes, "kpiGroups")} aria-label={m.kpiLabel} role="group">
      {GROUPS.map((group) => (
        <section key={group} className={cx(classes, "kpiGroup")} aria-labelledby={`kpi-group-${group}`}>
          <h2 id={`kpi-group-${group}`} className={cx(classes, "kpiGroupTitle")}>
            {m.kpis.groups[group]}
          </h2>
          <ul className={cx(classes, "kpis")}>
            {specs
              .filter((spec) => spec.group === group)
              .map((spec) => (
                <KpiCard
                  key={spec.id}
                  spec={spec}
                  summary={summary}
                  previous={previous}
                  targets={targets}
                  explanation={explanations?.[spec.id]}
                  format={format}
                  words={m}
                  links={links}
                  classes={classes}
                />
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

/** "+12 % vs previous period (80)", or the previous value alone when there is no base to compare with. */
function deltaOf(
  spec: KpiSpec,
  now: number | null,
  before: number | null,
  format: KpiFormatter,
  m: KpiCardWords,
) {
  const noBase = () => fillTemplate(m.deltaNoBase, { previous: format.value(spec.kind, before) });
  if (now === null || before === null) return { text: noBase(), tone: "neutral", arrow: "" };
  const delta = kpiDelta(now, before, spec.kind === "rate" ? "points" : "relative", spec.better);
  const arrow = delta.trend === "up" ? "▲ " : delta.trend === "down" ? "▼ " : "";
  const text =
    delta.trend === "flat"
      ? m.unchanged
      : delta.change === null
        ? noBase()
        : fillTemplate(m.delta, {
            change: format.change(spec.kind, delta.change),
            previous: format.value(spec.kind, before),
          });
  return { text, tone: delta.tone, arrow };
}

function KpiCard({
  spec,
  summary,
  previous,
  targets,
  explanation,
  format,
  words: m,
  links,
  classes,
}: {
  spec: KpiSpec;
  summary: KpiSummary;
  previous: KpiSummary;
  targets: KpiTargets;
  explanation: string | undefined;
  format: KpiFormatter;
  words: KpiCardWords;
  links: KpiCardLinks | undefined;
  classes: ClassMap | undefined;
}) {
  const tipId = useId();
  const now = spec.value(summary);
  const before = spec.value(previous);
  const label = m.kpis.labels[spec.id];
  const text = format.value(spec.kind, now);
  const target = format.percent(targets.serviceLevelTargetPercent / 100);
  const standing =
    spec.id === "service-level" ? serviceLevelStanding(now, targets.serviceLevelTargetPercent) : null;
  const delta = deltaOf(spec, now, before, format, m);
  const href = links?.hrefFor(spec, summary) ?? null;
  const described = explanation ? tipId : undefined;

  return (
    <li
      className={cx(classes, "kpi")}
      data-testid={`kpi-${spec.id}`}
      data-value={now ?? ""}
      data-standing={standing ?? undefined}
    >
      <dl>
        <dt>
          {label}
          {links && (
            <a
              href={links.glossaryHref(KPI_GLOSSARY_KEYS[spec.id])}
              className={cx(classes, "kpiInfo")}
              aria-label={fillTemplate(m.kpis.howComputed, { name: label })}
              aria-describedby={described}
            >
              ?
            </a>
          )}
        </dt>
        <dd>
          {href ? (
            <a
              href={href}
              onClick={links?.onClick}
              className={cx(classes, "kpiLink")}
              aria-describedby={described}
            >
              {text}
            </a>
          ) : (
            <span title={now === null ? m.kpis.noneNote : undefined}>{text}</span>
          )}
        </dd>
      </dl>
      {standing && (
        <p className={cx(classes, "standing")} data-standing={standing}>
          {standing === "met" ? m.kpis.metTarget : m.kpis.belowTarget} ·{" "}
          {fillTemplate(m.kpis.target, { target })}
        </p>
      )}
      <p className={cx(classes, "delta")} data-tone={delta.tone} data-testid="kpi-delta">
        <span aria-hidden="true">{delta.arrow}</span>
        {delta.text}
      </p>
      {explanation && (
        <p id={tipId} role="tooltip" className={cx(classes, "kpiTip")} data-testid="kpi-explain">
          {explanation}
        </p>
      )}
    </li>
  );
}
