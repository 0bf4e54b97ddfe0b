import { PASSWORD_MIN_LENGTH } from "@antdash/api";
import { HydrateClient, prefetch, trpc } from "~/trpc/server";
import { AdminHeader, adminPageRequest } from "./admin-page";
import { CreateUserForm } from "./create-user-form";
import { NoAccess } from "./no-access";
import { UsersView } from "./users-view";
import styles from "./users.module.css";

/** Admins manage who may sign in: create, change role, reset password, disable, delete. */
export default async function UsersPage() {
  const { ctx, user, locale, messages } = await adminPageRequest();
  const m = messages.admin.users;
  if (!user) return <NoAccess messages={m} />;
  await prefetch(trpc.admin.listUsers.queryOptions());
  return (
    <HydrateClient>
      <AdminHeader
        title={m.title}
        subtitle={m.subtitle}
        links={[
          { href: "/admin/settings", label: m.settingsLink },
          { href: "/admin/audit", label: m.auditLink },
        ]}
      />
      <section className={styles.panel} aria-labelledby="create-user">
        <h2 id="create-user">{m.createHeading}</h2>
        <CreateUserForm passwordMinLength={PASSWORD_MIN_LENGTH} roleNames={messages.roles} messages={m} />
      </section>
      <section className={styles.panel} aria-labelledby="user-list">
        <h2 id="user-list">{m.listHeading}</h2>
        <UsersView
          currentUserId={user.id}
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
