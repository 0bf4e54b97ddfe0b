import type { InputHTMLAttributes, ReactNode } from "react";
import section from "./section.module.css";

/** A form's labelled control (`.field` in globals.css: the label above it); the control carries `id`. */
export function Field({
  id,
  label,
  className,
  children,
}: {
  id: string;
  label: ReactNode;
  /** Added to `field` (a field spanning the form's grid, say). */
  className?: string;
  /** The control, then anything shown below it. */
  children: ReactNode;
}) {
  return (
    <div className={className ? `field ${className}` : "field"}>
      <label htmlFor={id}>{label}</label>
      {children}
    </div>
  );
}

/** A labelled text-like input, with its hint below it (the input points to it, for screen readers). */
export function InputField({
  id,
  label,
  hint,
  value,
  onValue,
  ...input
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  value: string | number;
  onValue: (value: string) => void;
} & Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "value" | "onChange">) {
  const hintId = hint ? `${id}-help` : undefined;
  return (
    <Field id={id} label={label}>
      <input
        id={id}
        value={value}
        onChange={(event) => onValue(event.target.value)}
        aria-describedby={hintId}
        {...input}
      />
      {hint ? (
        <small id={hintId} className={section.help}>
          {hint}
        </small>
      ) : null}
    </Field>
  );
}
