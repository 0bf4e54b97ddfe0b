import Link from "next/link";
import type { Messages } from "~/i18n/messages";

/** What a signed-in non-admin sees on an admin page (the procedures behind it answer 403 as well). */
export function NoAccess({ messages: m }: { messages: Messages["admin"]["users"] }) {
  return (
    <section aria-labelledby="no-access" data-testid="no-access">
      <h1 id="no-access">{m.noAccessTitle}</h1>
      <p className="subtitle">{m.noAccess}</p>
      <Link href="/">{m.backHome}</Link>
    </section>
  );
}
