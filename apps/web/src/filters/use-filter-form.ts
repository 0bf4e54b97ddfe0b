"use client";

import type { CallFilterInput } from "@antdash/api";
import { type FormEvent, useMemo, useState } from "react";
import type { RangePreset } from "./date-range";
import { checkDraft, type DraftField, type DraftProblem } from "./filter-draft";
import { type FilterState, resolveCallFilter } from "./filter-state";
import { patchCriteria } from "./patch-criteria";
import { useFilterState } from "./use-filter-state";

type Problems = Partial<Record<DraftField, DraftProblem>>;

/**
 * The filter bar's state and what its controls do: choices apply at once (`setCriteria`, `onPreset`); the typed
 * fields are checked on "Apply" (`onApply`) and their problems kept until the URL changes. `resolved` is the range
 * shown and used to list the DIDs and agents: the page's own when given, else the quick pick resolved here.
 */
export function useFilterForm({
  timeZone,
  range,
  resetKeys,
}: {
  timeZone: string;
  range: Pick<CallFilterInput, "from" | "to"> | undefined;
  resetKeys: readonly string[] | undefined;
}) {
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
  const [checked, setChecked] = useState<{ at: string; problems: Problems }>();
  const problems = checked?.at === formKey ? checked.problems : {};
  const setProblems = (found: Problems) => setChecked({ at: formKey, problems: found });
  const criteria = state.criteria;

  const push = (next: FilterState) => {
    setProblems({});
    setState(next);
  };
  const setCriteria = (patch: Partial<FilterState["criteria"]>) =>
    push({ ...state, criteria: patchCriteria(criteria, patch) });
  const clearCriteria = () => push({ ...state, criteria: {} });

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

  return {
    state,
    criteria,
    resolved,
    formKey,
    customOpen,
    problems,
    setCriteria,
    clearCriteria,
    onPreset,
    onApply,
  };
}

export type FilterForm = ReturnType<typeof useFilterForm>;
