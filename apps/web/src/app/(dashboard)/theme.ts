/** The light/dark choice, remembered in a cookie the server reads, so the first paint already has the right colours. */
export const THEMES = ["system", "light", "dark"] as const;
export type Theme = (typeof THEMES)[number];
export const THEME_COOKIE = "antdash-theme";

export function toTheme(value: string | undefined): Theme {
  return value === "light" || value === "dark" ? value : "system";
}
