"use client";

import { type ReactNode, useEffect, useId, useRef } from "react";
import styles from "./dialog.module.css";

/**
 * A modal dialog on the native <dialog> element: it traps focus, closes on Escape and returns focus to what opened
 * it, without a library. The focus is given back by hand too: a dialog whose owner unmounts it while open (the
 * call-backs' close dialog) is removed, not closed, and the browser then leaves the focus on the page's body.
 */
export function Dialog({
  open,
  title,
  onClose,
  children,
}: {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const opener = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const giveBack = () => {
      if (opener.current?.isConnected) opener.current.focus();
      opener.current = null;
    };
    if (open && !dialog.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
    }
    if (!open && dialog.open) {
      dialog.close();
      giveBack();
    }
    return () => {
      // Unmounted while open.
      if (!dialog.isConnected) giveBack();
    };
  }, [open]);
  return (
    <dialog
      ref={ref}
      className={styles.dialog}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {open && children}
    </dialog>
  );
}
