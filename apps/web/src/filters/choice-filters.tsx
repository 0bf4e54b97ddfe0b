"use client";

import { CLASS_VALUES, DIRECTION_VALUES, STATUS_VALUES } from "~/i18n/call-values";
import type { Messages } from "~/i18n/messages";
import { statusContextOf, statusNamesFor } from "~/i18n/status-name";
import { BreakdownSelect } from "./breakdown-select";
import { RANGE_PRESETS } from "./date-range";
import styles from "./filter-bar.module.css";
import { MultiSelect } from "./multi-select";
import { SavedViews } from "./saved-views";
import { ChoiceField } from "./select-field";
import type { FilterForm } from "./use-filter-form";

/** The bar's first row, the choices that apply at once: range, direction, status, DID, agent, class, recording. */
export function ChoiceFilters({ form, messages: m }: { form: FilterForm; messages: Messages["filters"] }) {
  const { criteria, setCriteria } = form;
  /** A criterion of fixed values (direction, status, class) as a multi-select, each value under its name. */
  const fixedChoices = (
    key: "direction" | "status" | "callClass",
    label: string,
    values: readonly string[],
    names: Record<string, string>,
    testId: string,
  ) => (
    <MultiSelect
      label={label}
      allLabel={m.all}
      countTemplate={m.selectedCount}
      choices={values.map((value) => ({ value, label: names[value] ?? value }))}
      selected={criteria[key] ?? []}
      onChange={(selected) => setCriteria({ [key]: selected })}
      testId={testId}
    />
  );
  /** A criterion of the values the calls in range hold (DIDs, agents), each list loaded when opened. */
  const breakdownChoices = (dimension: "did" | "agent") => (
    <BreakdownSelect
      dimension={dimension}
      label={m[dimension]}
      messages={m}
      range={form.resolved}
      selected={criteria[dimension] ?? []}
      onChange={(selected) => setCriteria({ [dimension]: selected })}
    />
  );
  const statusNames = statusNamesFor(m.statuses, statusContextOf(criteria));
  return (
    <div className={styles.row}>
      <ChoiceField
        label={m.range}
        testId="filter-range"
        values={RANGE_PRESETS}
        names={m.presets}
        value={form.customOpen ? "custom" : form.state.range}
        onValue={form.onPreset}
      />
      {fixedChoices("direction", m.direction, DIRECTION_VALUES, m.directions, "filter-direction")}
      {fixedChoices("status", m.status, STATUS_VALUES, statusNames, "filter-status")}
      {breakdownChoices("did")}
      {breakdownChoices("agent")}
      {fixedChoices("callClass", m.callClass, CLASS_VALUES, m.classes, "filter-class")}
      <ChoiceField
        label={m.recording}
        testId="filter-recording"
        values={["any", "yes", "no"] as const}
        names={m.recordingChoices}
        value={criteria.hasRecording === undefined ? "any" : criteria.hasRecording ? "yes" : "no"}
        onValue={(choice) => setCriteria({ hasRecording: choice === "any" ? undefined : choice === "yes" })}
      />
      <SavedViews messages={m.views} />
    </div>
  );
}
