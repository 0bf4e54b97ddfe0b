"use client";

import { useEffect, useState } from "react";
import { intlLocale, type Locale } from "~/i18n/locale";
import { formatRelative } from "./relative-time";

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

export function formatInstant(at: Date, timeZone: string, locale: Locale, withSeconds = false): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    timeZone,
    dateStyle: "medium",
    timeStyle: withSeconds ? "medium" : "short",
  }).format(at);
}

/** An instant in the viewer's zone, with "x minutes ago" once the browser knows the time. */
export function Timestamp({
  at,
  timeZone,
  locale,
  relative = false,
  testId,
}: {
  at: Date;
  timeZone: string;
  locale: Locale;
  relative?: boolean;
  testId?: string;
}) {
  const now = useNow(30_000);
  return (
    <span data-testid={testId}>
      {/* Server and browser may format a date a little differently: the browser's version wins quietly. */}
      <time dateTime={at.toISOString()} suppressHydrationWarning>
        {formatInstant(at, timeZone, locale, true)}
      </time>
      {relative && now && <> ({formatRelative(at, now, intlLocale(locale))})</>}
    </span>
  );
}
