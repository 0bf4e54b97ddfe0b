"use client";

import type { CallFilterInput } from "@antdash/api";
import { Suspense } from "react";
import { formatInZone } from "~/format/date-time";
import type { Locale } from "~/i18n/locale";
import type { Messages } from "~/i18n/messages";
import { ChoiceFilters } from "./choice-filters";
import styles from "./filter-bar.module.css";
import { fillTemplate } from "./fill-template";
import { TypedFilters } from "./typed-filters";
import { useFilterForm } from "./use-filter-form";

export interface FilterBarProps {
  /** `messagesFor(locale).filters`. */
  messages: Messages["filters"];
  locale: Locale;
  /** The viewer's zone (`ctx.timeZone`): quick picks and the custom inputs are wall-clock time there. */
  timeZone: string;
  /**
   * The instants the page resolved (pass `pageFilter(...).filter`): shown in the bar and used to list the DIDs and
   * agents to choose from. Without it the bar resolves the quick pick itself.
   */
  range?: Pick<CallFilterInput, "from" | "to">;
  /** Page-owned query keys to drop when the filter changes (e.g. a table's page number). */
  resetKeys?: readonly string[];
}

/**
 * The filter of every analytic page: date range (quick picks or custom), direction, status, DID, agent, class,
 * number, duration range, recording, and saved views. Everything lives in the URL (useFilterState): choices apply
 * at once, typed fields on "Apply" once they are valid.
 */
export function FilterBar(props: FilterBarProps) {
  return (
    <Suspense fallback={<div className={styles.bar} aria-busy="true" />}>
      <FilterBarInner {...props} />
    </Suspense>
  );
}

/** The two rows of controls and the range they show, in the viewer's zone. */
function FilterBarInner({ messages: m, locale, timeZone, range, resetKeys }: FilterBarProps) {
  const form = useFilterForm({ timeZone, range, resetKeys });
  const at = (iso: string) => formatInZone(new Date(iso), "P p", timeZone, locale);
  return (
    <section className={styles.bar} aria-label={m.label} data-testid="filter-bar">
      <ChoiceFilters form={form} messages={m} />
      {/* Keyed by the URL: the typed fields re-read it whenever it changes. */}
      <TypedFilters key={form.formKey} form={form} timeZone={timeZone} messages={m} />
      <p className={styles.showing} data-testid="filter-showing">
        {fillTemplate(m.showing, { from: at(form.resolved.from), to: at(form.resolved.to), zone: timeZone })}
      </p>
    </section>
  );
}
