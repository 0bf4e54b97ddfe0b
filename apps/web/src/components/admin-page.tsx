import { hasRole } from "@antdash/api";
import Link from "next/link";
import { messagesFor } from "~/i18n/locale";
import { requestLocale } from "~/i18n/request-locale";
import { getRequestApiContext } from "~/server/current-user";
import styles from "./admin-page.module.css";

/** What an admin page renders with: the request's context and words, and whether the viewer is an admin. */
export async function adminPageRequest() {
  const [ctx, locale] = await Promise.all([getRequestApiContext(), requestLocale()]);
  const user = ctx.user && hasRole(ctx.user.role, "admin") ? ctx.user : null;
  return { ctx, user, locale, messages: messagesFor(locale) };
}

/** The heading of an admin page, with links to its sibling pages. */
export function AdminHeader({
  title,
  subtitle,
  links,
}: {
  title: string;
  subtitle: string;
  links: Array<{ href: string; label: string }>;
}) {
  return (
    <div className={styles.header}>
      <div>
        <h1>{title}</h1>
        <p className="subtitle">{subtitle}</p>
      </div>
      <nav className={styles.links} aria-label={title}>
        {links.map((link) => (
          <Link key={link.href} href={link.href}>
            {link.label}
          </Link>
        ))}
      </nav>
    </div>
  );
}
