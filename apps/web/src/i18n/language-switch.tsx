"use client";

import { useRouter } from "next/navigation";
import { LOCALE_COOKIE, LOCALES, type Locale } from "./locale";

/** Tiếng Việt / English; the choice is kept in a cookie for a year and the page re-renders in place. */
export function LanguageSwitch({
  current,
  labels,
}: {
  current: Locale;
  labels: Record<Locale | "label", string>;
}) {
  const router = useRouter();
  return (
    <div className="language-switch" role="group" aria-label={labels.label}>
      {LOCALES.map((locale) => (
        <button
          key={locale}
          type="button"
          lang={locale}
          aria-pressed={locale === current}
          onClick={() => {
            document.cookie = `${LOCALE_COOKIE}=${locale}; path=/; max-age=31536000; samesite=lax`;
            router.refresh();
          }}
        >
          {labels[locale]}
        </button>
      ))}
    </div>
  );
}
