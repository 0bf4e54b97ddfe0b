"use client";

import { en, vi } from "~/i18n/messages";
import "./globals.css";

/**
 * What a crash of the root layout shows: the app's own page (Next's built-in one carries inline styles our CSP
 * refuses), in both languages since the user's cannot be read here. No detail of the error reaches the page.
 */
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="vi">
      <body>
        <main className="error-page" data-testid="global-error">
          <h1>{vi.errorPages.errorTitle}</h1>
          <p>{vi.errorPages.errorBody}</p>
          <h1 lang="en">{en.errorPages.errorTitle}</h1>
          <p lang="en">{en.errorPages.errorBody}</p>
          <button type="button" onClick={reset}>
            {vi.errorPages.retry} / {en.errorPages.retry}
          </button>
        </main>
      </body>
    </html>
  );
}
