"use client";

import { type ReactNode, useEffect, useRef } from "react";
import styles from "./filter-bar.module.css";
import { fillTemplate } from "./fill-template";

export interface Choice {
  value: string;
  label: string;
}

/**
 * A drop-down list of checkboxes (a <details> disclosure, so it opens with the keyboard and without script).
 * The summary says what is chosen; every tick calls onChange at once. Escape or a click elsewhere closes it.
 */
export function MultiSelect({
  label,
  allLabel,
  countTemplate,
  choices,
  selected,
  onChange,
  testId,
  notice,
}: {
  label: string;
  allLabel: string;
  /** "{count} selected" */
  countTemplate: string;
  choices: readonly Choice[];
  selected: readonly string[];
  onChange: (values: string[]) => void;
  testId: string;
  /** Shown instead of the list (loading, empty, failed). */
  notice?: ReactNode;
}) {
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const details = ref.current;
    if (!details) return;
    const onPointer = (event: PointerEvent) => {
      if (details.open && !details.contains(event.target as Node)) details.open = false;
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape" && details.open) {
        details.open = false;
        details.querySelector("summary")?.focus();
      }
    };
    document.addEventListener("pointerdown", onPointer);
    details.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("pointerdown", onPointer);
      details.removeEventListener("keydown", onKey);
    };
  }, []);

  const chosen = new Set(selected);
  // Values in the URL that the list does not offer (e.g. a DID without calls in this period) stay visible.
  const all = [
    ...choices,
    ...selected.filter((v) => !choices.some((c) => c.value === v)).map((v) => ({ value: v, label: v })),
  ];
  const summary =
    selected.length === 0
      ? allLabel
      : selected.length <= 2
        ? selected.map((v) => all.find((c) => c.value === v)?.label ?? v).join(", ")
        : fillTemplate(countTemplate, { count: selected.length });
  const toggle = (value: string, on: boolean) =>
    onChange(
      on
        ? all.map((c) => c.value).filter((v) => v === value || chosen.has(v))
        : selected.filter((v) => v !== value),
    );

  return (
    <details ref={ref} className={styles.multi} data-testid={testId}>
      <summary className={styles.control} aria-label={`${label}: ${summary}`}>
        <span className={styles.controlLabel}>{label}</span>
        <span className={styles.controlValue}>{summary}</span>
      </summary>
      <fieldset className={styles.popover}>
        <legend className="visually-hidden">{label}</legend>
        {notice ??
          all.map((choice) => (
            <label key={choice.value} className={styles.check}>
              <input
                type="checkbox"
                value={choice.value}
                checked={chosen.has(choice.value)}
                onChange={(event) => toggle(choice.value, event.target.checked)}
              />
              <span>{choice.label}</span>
            </label>
          ))}
      </fieldset>
    </details>
  );
}
