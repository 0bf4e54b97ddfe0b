import type { ReactNode } from "react";
import forms from "./form.module.css";
import section from "./section.module.css";

/** A form's last row: the submit button (its busy words while saving), then what came of the last save. */
export function SubmitRow({
  pending,
  label,
  pendingLabel,
  error,
  success,
}: {
  pending: boolean;
  label: string;
  pendingLabel: string;
  /** Why the last save failed (announced as an alert), or nothing. */
  error?: ReactNode;
  /** What the last save did (announced as a status), or nothing. */
  success?: ReactNode;
}) {
  return (
    <div className={forms.actions}>
      <button type="submit" className="button-primary" disabled={pending}>
        {pending ? pendingLabel : label}
      </button>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      {success ? (
        <p className={section.ok} role="status">
          {success}
        </p>
      ) : null}
    </div>
  );
}
