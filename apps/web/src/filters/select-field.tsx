import type { ReactNode } from "react";
import { type ChoiceProps, Options } from "~/components/options";
import styles from "./filter-bar.module.css";

/** A labelled single choice of a filter bar (range, recording, a case's status, owner or order). */
export function SelectField({
  label,
  testId,
  value,
  onChange,
  children,
}: {
  label: string;
  testId: string;
  value: string;
  onChange: (value: string) => void;
  /** The <option>s. */
  children: ReactNode;
}) {
  return (
    <label className={styles.field}>
      <span className={styles.controlLabel}>{label}</span>
      <select
        className={styles.select}
        data-testid={testId}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      >
        {children}
      </select>
    </label>
  );
}

/** A SelectField of fixed values. */
export function ChoiceField<V extends string>({
  label,
  testId,
  ...choice
}: { label: string; testId: string } & ChoiceProps<V>) {
  return (
    <SelectField
      label={label}
      testId={testId}
      value={choice.value}
      onChange={(value) => choice.onValue(value as V)}
    >
      <Options values={choice.values} names={choice.names} />
    </SelectField>
  );
}
