import styles from "./filter-bar.module.css";

/** A text-like input of the typed part of the bar, with its problem (if any) announced beside it. */
export function TypedField({
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
