import { hasRole } from "@antdash/api";
import Link from "next/link";
import type { ReactNode } from "react";
import { messagesFor } from "~/i18n/locale";
import { requestLocale } from "~/i18n/request-locale";
import { getRequestApiContext } from "~/server/current-user";
import { HydrateClient } from "~/trpc/server";
import styles from "./admin-page.module.css";

/** What an admin page renders with: the request's context and words, and whether the viewer is an admin. */
export async function adminPageRequest() {
  const [ctx, locale] = await Promise.all([getRequestApiContext(), requestLocale()]);
  const user = ctx.user && hasRole(ctx.user.role, "admin") ? ctx.user : null;
  return { ctx, user, locale, messages: messagesFor(locale) };
}

/**
 * An admin page: its heading with links to the other admin pages, then its content, with the queries the server
 * prefetched handed to the browser.
 */
export function AdminFrame({
  title,
  subtitle,
  links,
  children,
}: {
  title: string;
  subtitle: string;
  links: Array<{ href: string; label: string }>;
  children: ReactNode;
}) {
  return (
    <HydrateClient>
      <AdminHeader title={title} subtitle={subtitle} links={links} />
      {children}
    </HydrateClient>
  );
}

function AdminHeader({
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
