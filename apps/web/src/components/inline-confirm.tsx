import controls from "./controls.module.css";

/** The second step of a destructive action in a table row: the question, then confirm or cancel beside it. */
export function InlineConfirm({
  question,
  confirmLabel,
  cancelLabel,
  pending,
  announce = false,
  onConfirm,
  onCancel,
}: {
  question: string;
  confirmLabel: string;
  cancelLabel: string;
  pending: boolean;
  /** Say the question to screen readers at once (role="alert"). */
  announce?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <>
      <span role={announce ? "alert" : undefined}>{question}</span>
      <button
        type="button"
        className={`${controls.button} ${controls.danger}`}
        onClick={onConfirm}
        disabled={pending}
      >
        {confirmLabel}
      </button>
      <button type="button" className={controls.button} onClick={onCancel}>
        {cancelLabel}
      </button>
    </>
  );
}
