"use client";

import { useSearchParams } from "next/navigation";
import { useMemo } from "react";

/**
 * The page URL's query as `read` reads it (a page's own query format), read again only when the URL changes.
 * `read` gets a copy of the parameters, which Next hands out read-only; it must be a stable (module-level) function.
 */
export function useParsedSearchParams<T>(read: (params: URLSearchParams) => T): T {
  const searchParams = useSearchParams();
  return useMemo(() => read(new URLSearchParams(searchParams.toString())), [read, searchParams]);
}
