"use client";

import { useEffect, useState } from "react";
import { formatInstant } from "~/format/date-time";
import { formatRelative } from "~/format/relative-time";
import { intlLocale } from "~/i18n/locale";
import type { TimeDisplay } from "~/lib/view-props";

/** The current time, refreshed every `intervalMs`; null during the server render and hydration. */
export function useNow(intervalMs: number): Date | null {
  const [now, setNow] = useState<Date | null>(null);
  useEffect(() => {
    setNow(new Date());
    const timer = setInterval(() => setNow(new Date()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

/** An instant in the viewer's zone, with "x minutes ago" once the browser knows the time. */
export function Timestamp({
  at,
  timeZone,
  locale,
  relative = false,
  testId,
}: TimeDisplay & {
  at: Date;
  relative?: boolean;
  testId?: string;
}) {
  const now = useNow(30_000);
  return (
    <span data-testid={testId}>
      <time dateTime={at.toISOString()}>{formatInstant(at, timeZone, locale, true)}</time>
      {relative && now && <> ({formatRelative(at, now, intlLocale(locale))})</>}
    </span>
  );
}
