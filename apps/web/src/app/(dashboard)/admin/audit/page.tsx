import { hasRole } from "@antdash/api";
import Link from "next/link";
import { messagesFor } from "~/i18n/locale";
import { requestLocale } from "~/i18n/request-locale";
import { getRequestApiContext } from "~/server/current-user";
import { HydrateClient, prefetch, trpc } from "~/trpc/server";
import { NoAccess } from "../users/no-access";
import styles from "../users/users.module.css";
import { AUDIT_PAGE_SIZE, AuditView } from "./audit-view";

/** Admins read who exported, played recordings, placed calls or changed users, settings and displays. */
export default async function AuditPage() {
  const [ctx, locale] = await Promise.all([getRequestApiContext(), requestLocale()]);
  const { admin } = messagesFor(locale);
  const m = admin.audit;
  if (!ctx.user || !hasRole(ctx.user.role, "admin")) return <NoAccess messages={admin.users} />;
  await prefetch(trpc.admin.listAudit.queryOptions({ limit: AUDIT_PAGE_SIZE }));
  return (
    <HydrateClient>
      <div className={styles.header}>
        <div>
          <h1>{m.title}</h1>
          <p className="subtitle">{m.subtitle}</p>
        </div>
        <nav className={styles.links} aria-label={m.title}>
          <Link href="/admin/users">{m.usersLink}</Link>
        </nav>
      </div>
      <section className={styles.panel}>
        <AuditView timeZone={ctx.timeZone} locale={locale} messages={m} />
      </section>
    </HydrateClient>
  );
}
