import type { ReactNode } from "react";
import section from "./section.module.css";

/** What a list says when there is nothing in it yet (muted, so it does not read as an error). */
export function EmptyState({ children, status = false }: { children: ReactNode; status?: boolean }) {
  return (
    <p className={section.help} role={status ? "status" : undefined}>
      {children}
    </p>
  );
}
