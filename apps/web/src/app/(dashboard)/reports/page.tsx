import { hasRole } from "@antdash/api";
import { serverEnv } from "~/env";
import { messagesFor } from "~/i18n/locale";
import { requestLocale } from "~/i18n/request-locale";
import { getRequestApiContext } from "~/server/current-user";
import { HydrateClient, prefetch, trpc } from "~/trpc/server";
import { ReportsView } from "./reports-view";

/** Scheduled reports: everyone signed in sees them and how their last delivery went; supervisors and admins manage. */
export default async function ReportsPage() {
  const [ctx, locale] = await Promise.all([getRequestApiContext(), requestLocale()]);
  const m = messagesFor(locale).reports;
  await prefetch(trpc.reports.list.queryOptions());
  const canManage = ctx.user !== null && hasRole(ctx.user.role, "supervisor");
  return (
    <HydrateClient>
      <h1>{m.title}</h1>
      <p className="subtitle">{m.subtitle}</p>
      {serverEnv().mail ? null : (
        <p className="form-error" role="status" data-testid="mail-off">
          {m.mailOff}
        </p>
      )}
      <ReportsView timeZone={ctx.timeZone} locale={locale} canManage={canManage} messages={m} />
    </HydrateClient>
  );
}
