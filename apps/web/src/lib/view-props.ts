import type { Locale } from "~/i18n/locale";

/** How a view shows instants: in the dashboard's display time zone, formatted for the user's language. */
export interface TimeDisplay {
  timeZone: string;
  locale: Locale;
}

/** What a page hands its client view: how to show times, and its part of the messages. */
export interface ViewProps<M> extends TimeDisplay {
  messages: M;
}
