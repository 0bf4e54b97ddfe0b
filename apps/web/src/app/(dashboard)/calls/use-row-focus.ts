"use client";

import { useVirtualizer } from "@tanstack/react-virtual";
import { type KeyboardEvent, type RefObject, useEffect, useRef, useState } from "react";

/** Rows are one line high (the CSS fixes it), so the virtualizer's estimate is exact and nothing needs measuring. */
export const ROW_HEIGHT = 41;

/**
 * The rows in view of a long table and its keyboard: only the rows on screen are rendered (spacer heights stand in
 * for the rest), and one row is in the tab order at a time (roving focus): arrows, Page Up/Down, Home and End move
 * it, scrolling rows into existence first; Enter or Space opens the row.
 */
export function useRowFocus({
  ids,
  scrollRef,
  pageKey,
  onOpen,
}: {
  ids: string[];
  scrollRef: RefObject<HTMLDivElement | null>;
  /** Changes when another page or order is shown: the list scrolls back to its top. */
  pageKey: string;
  onOpen: (id: string) => void;
}) {
  const virtualizer = useVirtualizer({
    count: ids.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
    // The server renders the first screenful too (no measurements there).
    initialRect: { width: 1200, height: 800 },
    getItemKey: (index) => ids[index] ?? index,
  });
  const items = virtualizer.getVirtualItems();
  const spaceBefore = items[0]?.start ?? 0;
  const spaceAfter = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);

  const [activeIndex, setActiveIndex] = useState(0);
  const pendingFocus = useRef<number | null>(null);
  const rendered = items.some((item) => item.index === activeIndex);
  const tabbableIndex = rendered ? activeIndex : (items[0]?.index ?? 0);

  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
    setActiveIndex(0);
  }, [pageKey, scrollRef]);

  useEffect(() => {
    if (pendingFocus.current === null) return;
    const row = scrollRef.current?.querySelector<HTMLElement>(`tr[data-index="${pendingFocus.current}"]`);
    if (row) {
      row.focus({ preventScroll: true });
      pendingFocus.current = null;
    }
  });

  const moveTo = (index: number) => {
    const target = Math.max(0, Math.min(ids.length - 1, index));
    pendingFocus.current = target;
    setActiveIndex(target);
    virtualizer.scrollToIndex(target, { align: "auto" });
  };

  const onRowKeyDown = (event: KeyboardEvent<HTMLTableRowElement>, index: number, id: string) => {
    const page = Math.max(
      1,
      Math.floor((scrollRef.current?.clientHeight ?? ROW_HEIGHT * 10) / ROW_HEIGHT) - 1,
    );
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      PageDown: index + page,
      PageUp: index - page,
      Home: 0,
      End: ids.length - 1,
    };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      moveTo(target);
    } else if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      onOpen(id);
    }
  };

  return { items, spaceBefore, spaceAfter, tabbableIndex, setActiveIndex, onRowKeyDown };
}
