import "server-only";
import { fillGlossaryText, KPI_GLOSSARY, type KpiSettings } from "@antdash/api";
import type { Locale } from "~/i18n/locale";
import { KPI_GLOSSARY_KEYS, type KpiExplanations, type KpiId } from "@antdash/dashboard-ui";

/**
 * The cards' hover/focus texts: the glossary's formula and explanation of each card's number, with the settings in
 * force filled in. Built on the server so the glossary module stays out of the browser's scripts.
 */
export function kpiExplanations(locale: Locale, settings: KpiSettings): KpiExplanations {
  const texts = {} as KpiExplanations;
  for (const [id, key] of Object.entries(KPI_GLOSSARY_KEYS) as [KpiId, string][]) {
    const entry = KPI_GLOSSARY.find((e) => e.key === key);
    texts[id] = entry
      ? fillGlossaryText(`${entry.formula[locale]} ${entry.explanation[locale]}`, settings)
      : "";
  }
  return texts;
}
