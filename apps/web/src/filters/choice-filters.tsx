"use client";

import { CLASS_VALUES, DIRECTION_VALUES, STATUS_VALUES } from "~/i18n/call-values";
import type { Messages } from "~/i18n/messages";
import { statusContextOf, statusNamesFor } from "~/i18n/status-name";
import { BreakdownSelect } from "./breakdown-select";
import { RANGE_PRESETS, type RangePreset } from "./date-range";
import styles from "./filter-bar.module.css";
import type { FilterState } from "./filter-state";
import { MultiSelect } from "./multi-select";
import { SavedViews } from "./saved-views";
import { SelectField } from "./select-field";
import type { FilterForm } from "./use-filter-form";
import { Options } from "~/components/options";

type Criteria = FilterState["criteria"];

/** The bar's first row, the choices that apply at once: range, direction, status, DID, agent, class, recording. */
export function ChoiceFilters({ form, messages: m }: { form: FilterForm; messages: Messages["filters"] }) {
  const { criteria, setCriteria } = form;
  const choiceOf = (names: Record<string, string>) => (value: string) => ({
    value,
    label: names[value] ?? value,
  });
  const multi = { allLabel: m.all, countTemplate: m.selectedCount };
  return (
    <div className={styles.row}>
      <SelectField
        label={m.range}
        testId="filter-range"
        value={form.customOpen ? "custom" : form.state.range}
        onChange={(value) => form.onPreset(value as RangePreset)}
      >
        <Options values={RANGE_PRESETS} names={m.presets} />
      </SelectField>
      <MultiSelect
        label={m.direction}
        {...multi}
        choices={DIRECTION_VALUES.map(choiceOf(m.directions))}
        selected={criteria.direction ?? []}
        onChange={(values) => setCriteria({ direction: values as Criteria["direction"] })}
        testId="filter-direction"
      />
      <MultiSelect
        label={m.status}
        {...multi}
        choices={STATUS_VALUES.map(choiceOf(statusNamesFor(m.statuses, statusContextOf(criteria))))}
        selected={criteria.status ?? []}
        onChange={(values) => setCriteria({ status: values as Criteria["status"] })}
        testId="filter-status"
      />
      <BreakdownSelect
        dimension="did"
        label={m.did}
        messages={m}
        range={form.resolved}
        selected={criteria.did ?? []}
        onChange={(did) => setCriteria({ did })}
      />
      <BreakdownSelect
        dimension="agent"
        label={m.agent}
        messages={m}
        range={form.resolved}
        selected={criteria.agent ?? []}
        onChange={(agent) => setCriteria({ agent })}
      />
      <MultiSelect
        label={m.callClass}
        {...multi}
        choices={CLASS_VALUES.map(choiceOf(m.classes))}
        selected={criteria.callClass ?? []}
        onChange={(values) => setCriteria({ callClass: values as Criteria["callClass"] })}
        testId="filter-class"
      />
      <SelectField
        label={m.recording}
        testId="filter-recording"
        value={criteria.hasRecording === undefined ? "any" : criteria.hasRecording ? "yes" : "no"}
        onChange={(value) => setCriteria({ hasRecording: value === "any" ? undefined : value === "yes" })}
      >
        <Options values={["any", "yes", "no"] as const} names={m.recordingChoices} />
      </SelectField>
      <SavedViews messages={m.views} />
    </div>
  );
}
