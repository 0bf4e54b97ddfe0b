"use client";

import type { Messages } from "~/i18n/messages";
import styles from "./filter-bar.module.css";
import type { DraftField } from "./filter-draft";
import { toLocalInput } from "./local-time";
import { criteriaCount } from "./patch-criteria";
import { TypedField } from "./typed-field";
import type { FilterForm } from "./use-filter-form";

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
      {form.customOpen && (
        <>
          <TypedField
            name="from"
            label={m.from}
            type="datetime-local"
            problem={problemText("from")}
            defaultValue={toLocalInput(resolved.from, timeZone)}
          />
          <TypedField
            name="to"
            label={m.to}
            type="datetime-local"
            problem={problemText("to")}
            defaultValue={toLocalInput(resolved.to, timeZone)}
          />
        </>
      )}
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
        <TypedField
          name="minDuration"
          label={m.minDuration}
          shortLabel={m.minShort}
          type="text"
          inputMode="numeric"
          problem={problemText("minDuration")}
          defaultValue={criteria.minDurationSeconds?.toString() ?? ""}
        />
        <TypedField
          name="maxDuration"
          label={m.maxDuration}
          shortLabel={m.maxShort}
          type="text"
          inputMode="numeric"
          problem={problemText("maxDuration")}
          defaultValue={criteria.maxDurationSeconds?.toString() ?? ""}
        />
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
