import type { ReactNode } from "react";
import styles from "./section.module.css";

/**
 * One panel of a page: a titled <section> labelled by its heading, with optional controls beside the title.
 * `headingId` is given by the caller so the page's ids stay stable across renders and readable in tests.
 */
export function Section({
  headingId,
  title,
  aside,
  className,
  testId,
  children,
}: {
  headingId: string;
  title: ReactNode;
  aside?: ReactNode;
  className?: string;
  testId?: string;
  children: ReactNode;
}) {
  const heading = <h2 id={headingId}>{title}</h2>;
  return (
    <section
      className={className ? `${styles.panel} ${className}` : styles.panel}
      aria-labelledby={headingId}
      data-testid={testId}
    >
      {aside ? (
        <div className={styles.head}>
          {heading}
          {aside}
        </div>
      ) : (
        heading
      )}
      {children}
    </section>
  );
}
