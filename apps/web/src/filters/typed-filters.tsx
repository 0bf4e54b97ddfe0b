"use client";

import type { Messages } from "~/i18n/messages";
import styles from "./filter-bar.module.css";
import type { DraftField } from "./filter-draft";
import { toLocalInput } from "./local-time";
import { criteriaCount } from "./patch-criteria";
import { TypedField } from "./typed-field";
import type { FilterForm } from "./use-filter-form";

/** The custom range's two ends, each a date and time in the zone. */
const RANGE_ENDS = ["from", "to"] as const;

/** The duration range's two bounds: the field, its short label and the criterion it sets. */
const DURATION_BOUNDS = [
  { field: "minDuration", shortLabel: "minShort", seconds: "minDurationSeconds" },
  { field: "maxDuration", shortLabel: "maxShort", seconds: "maxDurationSeconds" },
] as const;

/**
 * The bar's second row, the typed fields applied together once valid: the custom range (when chosen), the number,
 * the duration range; then "Apply" and, when criteria are set, "Clear".
 */
export function TypedFilters({
  form,
  timeZone,
  messages: m,
}: {
  form: FilterForm;
  timeZone: string;
  messages: Messages["filters"];
}) {
  const { criteria, resolved } = form;
  const problemText = (field: DraftField) => {
    const problem = form.problems[field];
    return problem ? m.errors[problem] : undefined;
  };
  return (
    <form className={styles.row} onSubmit={form.onApply} noValidate>
      {form.customOpen &&
        RANGE_ENDS.map((end) => (
          <TypedField
            key={end}
            name={end}
            label={m[end]}
            type="datetime-local"
            problem={problemText(end)}
            defaultValue={toLocalInput(resolved[end], timeZone)}
          />
        ))}
      <TypedField
        name="number"
        label={m.number}
        type="search"
        placeholder={m.numberPlaceholder}
        problem={problemText("number")}
        defaultValue={criteria.number ?? ""}
        wide
      />
      <fieldset className={styles.durations}>
        <legend className={styles.controlLabel}>{m.duration}</legend>
        {DURATION_BOUNDS.map((bound) => (
          <TypedField
            key={bound.field}
            name={bound.field}
            label={m[bound.field]}
            shortLabel={m[bound.shortLabel]}
            type="text"
            inputMode="numeric"
            problem={problemText(bound.field)}
            defaultValue={criteria[bound.seconds]?.toString() ?? ""}
          />
        ))}
      </fieldset>
      <button type="submit" className={`${styles.button} ${styles.primary}`} data-testid="filter-apply">
        {m.apply}
      </button>
      {criteriaCount(criteria) > 0 && (
        <button
          type="button"
          className={styles.button}
          data-testid="filter-clear"
          onClick={form.clearCriteria}
        >
          {m.clear}
        </button>
      )}
    </form>
  );
}
