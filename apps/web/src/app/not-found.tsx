import Link from "next/link";
import { messagesFor } from "~/i18n/locale";
import { requestLocale } from "~/i18n/request-locale";

/** The app's own 404 page: Next's built-in one carries inline styles our CSP refuses. */
export default async function NotFound() {
  const m = messagesFor(await requestLocale()).errorPages;
  return (
    <main className="error-page" data-testid="not-found">
      <h1>{m.notFoundTitle}</h1>
      <p>{m.notFoundBody}</p>
      <Link href="/">{m.home}</Link>
    </main>
  );
}
