import styles from "~/components/controls.module.css";

/** A query that failed: what could not be loaded, and a way to try again (the pages' shared error state). */
export function LoadFailed({
  message,
  retryLabel,
  onRetry,
}: {
  message: string;
  retryLabel: string;
  onRetry: () => void;
}) {
  return (
    <div className={styles.failed} role="alert">
      <p className="form-error">{message}</p>
      <button type="button" className={styles.button} onClick={onRetry}>
        {retryLabel}
      </button>
    </div>
  );
}
