"use client";

import { type RefObject, useEffect, useRef } from "react";

/**
 * A <details> used as a pop-over: a click outside it or Escape closes it (Escape gives the focus back to its
 * summary). Returns the ref to put on the <details>, and `close` for choices that should also close it.
 */
export function usePopover(): { ref: RefObject<HTMLDetailsElement | null>; close: () => void } {
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const details = ref.current;
    if (!details) return;
    const onPointer = (event: PointerEvent) => {
      if (details.open && !details.contains(event.target as Node)) details.open = false;
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape" && details.open) {
        details.open = false;
        details.querySelector("summary")?.focus();
      }
    };
    document.addEventListener("pointerdown", onPointer);
    details.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("pointerdown", onPointer);
      details.removeEventListener("keydown", onKey);
    };
  }, []);
  return {
    ref,
    close: () => {
      if (ref.current) ref.current.open = false;
    },
  };
}
