"use client";

import { useCallback, useEffect, useState } from "react";
import { COLUMN_IDS, type CallColumnId, DEFAULT_COLUMN_VISIBILITY } from "./column-ids";

const STORAGE_KEY = "antdash.calls.columns";

export type ColumnVisibility = Record<CallColumnId, boolean>;

/** Stored choices over the defaults; anything unknown or malformed in storage is ignored. */
export function parseStoredVisibility(stored: string | null): ColumnVisibility {
  const visibility = { ...DEFAULT_COLUMN_VISIBILITY };
  try {
    const parsed: unknown = JSON.parse(stored ?? "null");
    if (parsed && typeof parsed === "object") {
      for (const id of COLUMN_IDS) {
        const value = (parsed as Record<string, unknown>)[id];
        if (typeof value === "boolean") visibility[id] = value;
      }
    }
  } catch {
    // a damaged entry: keep the defaults
  }
  return visibility;
}

/**
 * Which columns the supervisor shows, remembered in this browser. The first render uses the defaults (the server
 * cannot read localStorage, and both renders must agree); the stored choice applies right after.
 */
export function useColumnVisibility() {
  const [visibility, setVisibility] = useState<ColumnVisibility>(DEFAULT_COLUMN_VISIBILITY);
  useEffect(() => {
    setVisibility(parseStoredVisibility(readStorage()));
  }, []);
  const setColumnVisible = useCallback((id: CallColumnId, visible: boolean) => {
    setVisibility((current) => {
      const next = { ...current, [id]: visible };
      writeStorage(JSON.stringify(next));
      return next;
    });
  }, []);
  const resetColumns = useCallback(() => {
    writeStorage(null);
    setVisibility(DEFAULT_COLUMN_VISIBILITY);
  }, []);
  return { visibility, setColumnVisible, resetColumns };
}

function readStorage(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // storage disabled (private mode, policy)
  }
}

function writeStorage(value: string | null): void {
  try {
    if (value === null) window.localStorage.removeItem(STORAGE_KEY);
    else window.localStorage.setItem(STORAGE_KEY, value);
  } catch {
    // not remembered, still applied
  }
}
