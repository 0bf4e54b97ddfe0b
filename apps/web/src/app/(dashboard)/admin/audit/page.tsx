import { prefetch, trpc } from "~/trpc/server";
import { AdminFrame, adminPageRequest } from "~/components/admin-page";
import { NoAccess } from "~/components/no-access";
import section from "~/components/section.module.css";
import { AUDIT_PAGE_SIZE, AuditView } from "./audit-view";

/** Admins read who exported, played recordings, placed calls or changed users, settings and displays. */
export default async function AuditPage() {
  const { ctx, user, locale, messages } = await adminPageRequest();
  const m = messages.admin.audit;
  if (!user) return <NoAccess messages={messages.admin.users} />;
  await prefetch(trpc.admin.listAudit.queryOptions({ limit: AUDIT_PAGE_SIZE }));
  return (
    <AdminFrame title={m.title} subtitle={m.subtitle} links={[{ href: "/admin/users", label: m.usersLink }]}>
      <section className={section.panel}>
        <AuditView timeZone={ctx.timeZone} locale={locale} messages={m} />
      </section>
    </AdminFrame>
  );
}
