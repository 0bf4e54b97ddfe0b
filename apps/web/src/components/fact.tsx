import type { ReactNode } from "react";

/** A term and its value in a <dl> of figures, found by its test id (with the number itself in data-value, if given). */
export function Fact({
  testId,
  term,
  value,
  children,
}: {
  testId: string;
  term: ReactNode;
  value?: number;
  /** What the <dd> shows. */
  children: ReactNode;
}) {
  return (
    <div data-testid={testId} data-value={value}>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
