import { PASSWORD_MIN_LENGTH } from "@antdash/api";
import { prefetch, trpc } from "~/trpc/server";
import { AdminFrame, adminPageRequest } from "~/components/admin-page";
import { CreateUserForm } from "./create-user-form";
import { NoAccess } from "~/components/no-access";
import { UsersView } from "./users-view";
import { Section } from "~/components/section";
import section from "~/components/section.module.css";

/** Admins manage who may sign in: create, change role, reset password, disable, delete. */
export default async function UsersPage() {
  const { ctx, user, locale, messages } = await adminPageRequest();
  const m = messages.admin.users;
  if (!user) return <NoAccess messages={m} />;
  await prefetch(trpc.admin.listUsers.queryOptions());
  return (
    <AdminFrame
      title={m.title}
      subtitle={m.subtitle}
      links={[
        { href: "/admin/settings", label: m.settingsLink },
        { href: "/admin/audit", label: m.auditLink },
      ]}
    >
      <div className={section.page}>
        <Section headingId="create-user" title={m.createHeading}>
          <CreateUserForm passwordMinLength={PASSWORD_MIN_LENGTH} roleNames={messages.roles} messages={m} />
        </Section>
        <Section headingId="user-list" title={m.listHeading}>
          <UsersView
            currentUserId={user.id}
            passwordMinLength={PASSWORD_MIN_LENGTH}
            roleNames={messages.roles}
            timeZone={ctx.timeZone}
            locale={locale}
            messages={m}
          />
        </Section>
      </div>
    </AdminFrame>
  );
}
