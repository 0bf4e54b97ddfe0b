"use client";

import { useRouter } from "next/navigation";
import { type MouseEvent, useCallback } from "react";

/**
 * Click handler for drill-down links drawn inside charts (SVG <a> and grid cells): a plain click navigates inside
 * the app without a page load; a modified click (new tab, new window) is left to the browser.
 */
export function useDrill() {
  const router = useRouter();
  return useCallback(
    (event: MouseEvent<Element>) => {
      if (
        event.defaultPrevented ||
        event.button !== 0 ||
        event.metaKey ||
        event.ctrlKey ||
        event.shiftKey ||
        event.altKey
      ) {
        return;
      }
      const href = event.currentTarget.getAttribute("href");
      if (!href) return;
      event.preventDefault();
      router.push(href);
    },
    [router],
  );
}
