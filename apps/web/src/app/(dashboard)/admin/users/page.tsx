import { hasRole, PASSWORD_MIN_LENGTH } from "@antdash/api";
import Link from "next/link";
import { messagesFor } from "~/i18n/locale";
import { requestLocale } from "~/i18n/request-locale";
import { getRequestApiContext } from "~/server/current-user";
import { HydrateClient, prefetch, trpc } from "~/trpc/server";
import { CreateUserForm } from "./create-user-form";
import { NoAccess } from "./no-access";
import { UsersView } from "./users-view";
import styles from "./users.module.css";

/** Admins manage who may sign in: create, change role, reset password, disable, delete. */
export default async function UsersPage() {
  const [ctx, locale] = await Promise.all([getRequestApiContext(), requestLocale()]);
  const messages = messagesFor(locale);
  const m = messages.admin.users;
  if (!ctx.user || !hasRole(ctx.user.role, "admin")) return <NoAccess messages={m} />;
  await prefetch(trpc.admin.listUsers.queryOptions());
  return (
    <HydrateClient>
      <div className={styles.header}>
        <div>
          <h1>{m.title}</h1>
          <p className="subtitle">{m.subtitle}</p>
        </div>
        <nav className={styles.links} aria-label={m.title}>
          <Link href="/admin/settings">{m.settingsLink}</Link>
          <Link href="/admin/audit">{m.auditLink}</Link>
        </nav>
      </div>
      <section className={styles.panel} aria-labelledby="create-user">
        <h2 id="create-user">{m.createHeading}</h2>
        <CreateUserForm passwordMinLength={PASSWORD_MIN_LENGTH} roleNames={messages.roles} messages={m} />
      </section>
      <section className={styles.panel} aria-labelledby="user-list">
        <h2 id="user-list">{m.listHeading}</h2>
        <UsersView
          currentUserId={ctx.user.id}
          passwordMinLength={PASSWORD_MIN_LENGTH}
          roleNames={messages.roles}
          timeZone={ctx.timeZone}
          locale={locale}
          messages={m}
        />
      </section>
    </HydrateClient>
  );
}
