"use client";

import { useEffect, useState } from "react";

/**
 * The current time, advanced every minute: ages and the "now" highlight of best times move on while the page stays
 * open. It starts at the server's render time, so the first client render matches the HTML.
 */
export function useMinuteClock(serverNow: string): Date {
  const [now, setNow] = useState(() => new Date(serverNow));
  useEffect(() => {
    setNow(new Date());
    const timer = setInterval(() => setNow(new Date()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}
