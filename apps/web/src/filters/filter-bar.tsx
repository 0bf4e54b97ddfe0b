"use client";

import type { CallFilterInput } from "@antdash/api";
import { useQuery } from "@tanstack/react-query";
import { type FormEvent, Suspense, useMemo, useState } from "react";
import { intlLocale, type Locale } from "~/i18n/locale";
import type { Messages } from "~/i18n/messages";
import { useTRPC } from "~/trpc/react";
import { RANGE_PRESETS, type RangePreset } from "./date-range";
import styles from "./filter-bar.module.css";
import { checkDraft, type DraftField, type DraftProblem } from "./filter-draft";
import { type FilterState, resolveCallFilter } from "./filter-state";
import { fillTemplate } from "./fill-template";
import { toLocalInput } from "./local-time";
import { type Choice, MultiSelect } from "./multi-select";
import { criteriaCount, patchCriteria } from "./patch-criteria";
import { statusContextOf, statusNamesFor } from "~/i18n/status-name";
import { SavedViews } from "./saved-views";
import { useFilterState } from "./use-filter-state";

const DIRECTIONS = ["to_ab", "from_ab"] as const;
const STATUSES = ["SUCCESS", "CANCELLED", "BUSY", "IVR", "UNSUCCESS"] as const;
const CLASSES = ["trunking", "one_one"] as const;

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

function FilterBarInner({ messages: m, locale, timeZone, range, resetKeys }: FilterBarProps) {
  const { state, setState, hrefFor } = useFilterState(resetKeys ? { resetKeys } : {});
  const resolved = useMemo(() => {
    const { from, to } = range ?? resolveCallFilter(state, timeZone, new Date());
    return { from: new Date(from as string).toISOString(), to: new Date(to as string).toISOString() };
  }, [range, state, timeZone]);
  // The typed fields re-read the URL whenever it changes (back button, a chart's link, "clear"); so do the local
  // bits below, which belong to the URL they were made on.
  const formKey = hrefFor(state);
  const [customPickedAt, setCustomPickedAt] = useState<string | null>(null);
  const customOpen = state.range === "custom" || customPickedAt === formKey;
  const [checked, setChecked] = useState<{
    at: string;
    problems: Partial<Record<DraftField, DraftProblem>>;
  }>();
  const problems = checked?.at === formKey ? checked.problems : {};
  const setProblems = (found: Partial<Record<DraftField, DraftProblem>>) =>
    setChecked({ at: formKey, problems: found });
  const criteria = state.criteria;

  const push = (next: FilterState) => {
    setProblems({});
    setState(next);
  };
  const setCriteria = (patch: Partial<FilterState["criteria"]>) =>
    push({ ...state, criteria: patchCriteria(criteria, patch) });

  const onPreset = (preset: RangePreset) => {
    if (preset === "custom") {
      setCustomPickedAt(formKey);
      return;
    }
    setCustomPickedAt(null);
    push({ range: preset, criteria });
  };

  const onApply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => (form.get(name) as string | null) ?? "";
    const result = checkDraft(
      {
        custom: customOpen,
        from: text("from"),
        to: text("to"),
        number: text("number"),
        minDuration: text("minDuration"),
        maxDuration: text("maxDuration"),
      },
      timeZone,
    );
    if (!result.ok) {
      setProblems(result.problems);
      return;
    }
    const { from, to, number, minDurationSeconds, maxDurationSeconds } = result.values;
    const nextCriteria = patchCriteria(criteria, { number, minDurationSeconds, maxDurationSeconds });
    push(
      customOpen && from && to
        ? { range: "custom", from, to, criteria: nextCriteria }
        : {
            range: state.range,
            ...(state.range === "custom" && { from: state.from, to: state.to }),
            criteria: nextCriteria,
          },
    );
  };

  const dateTime = new Intl.DateTimeFormat(intlLocale(locale), {
    timeZone,
    dateStyle: "short",
    timeStyle: "short",
  });
  const choiceOf = (names: Record<string, string>) => (value: string) => ({
    value,
    label: names[value] ?? value,
  });
  const problemText = (field: DraftField) => {
    const problem = problems[field];
    return problem ? m.errors[problem] : undefined;
  };

  return (
    <section className={styles.bar} aria-label={m.label} data-testid="filter-bar">
      <div className={styles.row}>
        <label className={styles.field}>
          <span className={styles.controlLabel}>{m.range}</span>
          <select
            className={styles.select}
            data-testid="filter-range"
            value={customOpen ? "custom" : state.range}
            onChange={(event) => onPreset(event.target.value as RangePreset)}
          >
            {RANGE_PRESETS.map((preset) => (
              <option key={preset} value={preset}>
                {m.presets[preset]}
              </option>
            ))}
          </select>
        </label>
        <MultiSelect
          label={m.direction}
          allLabel={m.all}
          countTemplate={m.selectedCount}
          choices={DIRECTIONS.map(choiceOf(m.directions))}
          selected={criteria.direction ?? []}
          onChange={(values) => setCriteria({ direction: values as FilterState["criteria"]["direction"] })}
          testId="filter-direction"
        />
        <MultiSelect
          label={m.status}
          allLabel={m.all}
          countTemplate={m.selectedCount}
          choices={STATUSES.map(choiceOf(statusNamesFor(m.statuses, statusContextOf(criteria))))}
          selected={criteria.status ?? []}
          onChange={(values) => setCriteria({ status: values as FilterState["criteria"]["status"] })}
          testId="filter-status"
        />
        <BreakdownSelect
          dimension="did"
          label={m.did}
          messages={m}
          range={resolved}
          selected={criteria.did ?? []}
          onChange={(did) => setCriteria({ did })}
        />
        <BreakdownSelect
          dimension="agent"
          label={m.agent}
          messages={m}
          range={resolved}
          selected={criteria.agent ?? []}
          onChange={(agent) => setCriteria({ agent })}
        />
        <MultiSelect
          label={m.callClass}
          allLabel={m.all}
          countTemplate={m.selectedCount}
          choices={CLASSES.map(choiceOf(m.classes))}
          selected={criteria.callClass ?? []}
          onChange={(values) => setCriteria({ callClass: values as FilterState["criteria"]["callClass"] })}
          testId="filter-class"
        />
        <label className={styles.field}>
          <span className={styles.controlLabel}>{m.recording}</span>
          <select
            className={styles.select}
            data-testid="filter-recording"
            value={criteria.hasRecording === undefined ? "any" : criteria.hasRecording ? "yes" : "no"}
            onChange={(event) => {
              const value = event.target.value;
              setCriteria({ hasRecording: value === "any" ? undefined : value === "yes" });
            }}
          >
            {(["any", "yes", "no"] as const).map((choice) => (
              <option key={choice} value={choice}>
                {m.recordingChoices[choice]}
              </option>
            ))}
          </select>
        </label>
        <SavedViews messages={m.views} />
      </div>

      <form key={formKey} className={styles.row} onSubmit={onApply} noValidate>
        {customOpen && (
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
            onClick={() => push({ ...state, criteria: {} })}
          >
            {m.clear}
          </button>
        )}
      </form>

      <p className={styles.showing} data-testid="filter-showing">
        {fillTemplate(m.showing, {
          from: dateTime.format(new Date(resolved.from)),
          to: dateTime.format(new Date(resolved.to)),
          zone: timeZone,
        })}
      </p>
    </section>
  );
}

/** A text-like input of the typed part of the bar, with its problem (if any) announced beside it. */
function TypedField({
  name,
  label,
  shortLabel,
  problem,
  wide,
  ...input
}: {
  name: string;
  label: string;
  shortLabel?: string;
  problem: string | undefined;
  wide?: boolean;
  type: string;
  defaultValue: string;
  placeholder?: string;
  inputMode?: "numeric";
}) {
  const id = `filter-${name}`;
  return (
    <div className={`${styles.field} ${wide ? styles.wide : ""}`}>
      <label htmlFor={id} className={styles.controlLabel}>
        {shortLabel ? (
          <>
            <span aria-hidden="true">{shortLabel}</span>
            <span className="visually-hidden">{label}</span>
          </>
        ) : (
          label
        )}
      </label>
      <input
        id={id}
        name={name}
        data-testid={id}
        className={styles.input}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
        {...input}
      />
      {problem && (
        <span id={`${id}-problem`} className={styles.error} role="alert">
          {problem}
        </span>
      )}
    </div>
  );
}

/** DIDs or agents to choose from: those with calls in the range (the analytics breakdown), busiest first. */
export function BreakdownSelect({
  dimension,
  label,
  messages: m,
  range,
  selected,
  onChange,
}: {
  dimension: "did" | "agent";
  label: string;
  messages: Messages["filters"];
  range: { from: string; to: string };
  selected: readonly string[];
  onChange: (values: string[]) => void;
}) {
  const trpc = useTRPC();
  // Loaded when the list is first opened (or when the URL already selects some): no request for lists nobody opens.
  const [opened, setOpened] = useState(false);
  const rows = useQuery({
    ...trpc.analytics.breakdown.queryOptions({ filter: range, dimension }),
    enabled: opened || selected.length > 0,
  });
  const choices: Choice[] = (rows.data?.rows ?? [])
    .filter((r) => r.calls > 0)
    .map((r) => ({ value: r.key, label: r.key }));
  const notice = rows.isError ? (
    <p className={styles.error}>{m.choicesFailed}</p>
  ) : rows.isPending ? (
    <p className={styles.muted}>{m.loadingChoices}</p>
  ) : choices.length === 0 && selected.length === 0 ? (
    <p className={styles.muted}>{m.noChoices}</p>
  ) : undefined;
  return (
    <MultiSelect
      label={label}
      allLabel={m.all}
      countTemplate={m.selectedCount}
      choices={choices}
      selected={selected}
      onChange={onChange}
      onOpen={() => setOpened(true)}
      testId={`filter-${dimension}`}
      notice={notice}
    />
  );
}
