/** The languages the dashboard speaks. */
export type UiLocale = "vi" | "en";

/** BCP 47 tag for Intl number and date formatting. */
export const intlTag = (locale: UiLocale): string => (locale === "en" ? "en-US" : "vi-VN");
