import { formatDuration } from "~/format/duration";

/** Number, percent, duration and clock formatting for one screen's language and the deployment's zone. */
export interface WallFormat {
  count(n: number): string;
  /** 0..1 as "87.5 %" (one decimal). */
  percent(rate: number): string;
  /** Seconds as "m:ss", or "h:mm:ss" from an hour (the dashboard's one duration format). */
  duration(seconds: number): string;
  /** "HH:mm" in the zone. */
  time(date: Date): string;
  /** "HH:mm:ss" in the zone. */
  clock(date: Date): string;
}

export function wallFormat(intlLocale: string, timeZone: string): WallFormat {
  const count = new Intl.NumberFormat(intlLocale, { maximumFractionDigits: 0 });
  const percent = new Intl.NumberFormat(intlLocale, {
    style: "percent",
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  const time = new Intl.DateTimeFormat(intlLocale, {
    timeZone,
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  });
  const clock = new Intl.DateTimeFormat(intlLocale, {
    timeZone,
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
  });
  return {
    count: (n) => count.format(n),
    percent: (rate) => percent.format(rate),
    duration: (seconds) => formatDuration(seconds),
    time: (date) => time.format(date),
    clock: (date) => clock.format(date),
  };
}
