"use client";

import {
  type KpiExplanations,
  KpiCards as KpiCardsView,
  type KpiSpec,
  type KpiSummary,
  type KpiTargets,
  kpiSpecs,
} from "@antdash/dashboard-ui";
import type { Locale } from "~/i18n/locale";
import type { Messages } from "~/i18n/messages";
import { drillHref, type PageFilter } from "./drill";
import styles from "./overview.module.css";
import { useDrill } from "./use-drill";

export type { KpiExplanations, KpiTargets };

/**
 * The overview's headline cards: the dashboard components' KPI cards (the printed report shows the same), here with
 * a link to each number's calls and to its glossary entry.
 */
export function KpiCards({
  summary,
  previous,
  filter,
  targets,
  explanations,
  locale,
  messages,
}: {
  summary: KpiSummary;
  previous: KpiSummary;
  filter: PageFilter;
  targets: KpiTargets;
  explanations: KpiExplanations;
  locale: Locale;
  messages: Messages["overview"];
}) {
  const onClick = useDrill();
  const hrefFor = (spec: KpiSpec, s: KpiSummary) => {
    const countBehind = spec.id === "outbound-talk" ? s.kpis.outbound.connected : spec.value(s);
    return spec.narrow && countBehind ? drillHref(filter, spec.narrow) : null;
  };
  return (
    <KpiCardsView
      specs={kpiSpecs(filter, targets)}
      summary={summary}
      previous={previous}
      targets={targets}
      explanations={explanations}
      locale={locale}
      words={messages}
      links={{ hrefFor, onClick, glossaryHref: (key) => `/glossary#${key}` }}
      classes={styles}
    />
  );
}
