"use client";

import { useState } from "react";
import { type Theme, THEME_COOKIE, THEMES } from "./theme";

/**
 * System / light / dark. The choice goes to a cookie (read by the layout on the next render) and onto the shell at
 * once, so switching neither reloads nor flashes.
 */
export function ThemeSwitch({
  current,
  labels,
}: {
  current: Theme;
  labels: Record<Theme | "label", string>;
}) {
  const [theme, setTheme] = useState(current);
  const choose = (next: Theme) => {
    setTheme(next);
    document.cookie =
      next === "system"
        ? `${THEME_COOKIE}=; path=/; max-age=0; samesite=lax`
        : `${THEME_COOKIE}=${next}; path=/; max-age=31536000; samesite=lax`;
    const shell = document.querySelector<HTMLElement>(".shell");
    if (shell) {
      if (next === "system") delete shell.dataset.theme;
      else shell.dataset.theme = next;
    }
  };
  return (
    <div className="segmented" role="group" aria-label={labels.label} data-testid="theme-switch">
      {THEMES.map((choice) => (
        <button key={choice} type="button" aria-pressed={choice === theme} onClick={() => choose(choice)}>
          {labels[choice]}
        </button>
      ))}
    </div>
  );
}
