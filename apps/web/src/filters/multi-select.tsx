"use client";

import { type ReactNode, useState } from "react";
import styles from "./filter-bar.module.css";
import { fillTemplate } from "./fill-template";
import { usePopover } from "./use-popover";

export interface Choice {
  value: string;
  label: string;
}

/**
 * A drop-down list of checkboxes (a <details> disclosure, so it opens with the keyboard and without script).
 * The summary says what is chosen; every tick calls onChange at once and shows at once, before the new URL's page
 * has arrived. `onOpen` lets a list load its choices only when someone looks at them.
 */
export function MultiSelect({
  label,
  allLabel,
  countTemplate,
  choices,
  selected,
  onChange,
  onOpen,
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
  onOpen?: () => void;
  testId: string;
  /** Shown instead of the list (loading, empty, failed). */
  notice?: ReactNode;
}) {
  const { ref } = usePopover();
  // The tick shows until the URL (and so `selected`) catches up with it.
  const [pending, setPending] = useState<{ from: string; values: string[] } | null>(null);
  const current = pending?.from === selected.join("\n") ? pending.values : selected;
  const chosen = new Set(current);
  // Values in the URL that the list does not offer (e.g. a DID without calls in this period) stay visible.
  const all = [
    ...choices,
    ...current.filter((v) => !choices.some((c) => c.value === v)).map((v) => ({ value: v, label: v })),
  ];
  const summary =
    current.length === 0
      ? allLabel
      : current.length <= 2
        ? current.map((v) => all.find((c) => c.value === v)?.label ?? v).join(", ")
        : fillTemplate(countTemplate, { count: current.length });
  const toggle = (value: string, on: boolean) => {
    const next = on
      ? all.map((c) => c.value).filter((v) => v === value || chosen.has(v))
      : current.filter((v) => v !== value);
    setPending({ from: selected.join("\n"), values: next });
    onChange(next);
  };

  return (
    <details
      ref={ref}
      className={styles.multi}
      data-testid={testId}
      onToggle={(event) => {
        if (event.currentTarget.open) onOpen?.();
      }}
    >
      {/* Named by its own text ("Status: All"), so a voice command saying what is shown reaches it. */}
      <summary className={styles.control}>
        <span className={styles.controlLabel}>
          {label}
          <span className="visually-hidden">{": "}</span>
        </span>
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
