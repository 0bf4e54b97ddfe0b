import { hasRole } from "@antdash/api";
import { notFound } from "next/navigation";
import { messagesFor } from "~/i18n/locale";
import { requestLocale } from "~/i18n/request-locale";
import { getRequestApiContext } from "~/server/current-user";
import { HydrateClient, prefetch, trpc } from "~/trpc/server";
import { AlertsView } from "./alerts-view";

/** Supervisors and admins: alerts firing now, the rules (admins edit them), the history and the notifications. */
export default async function AlertsPage() {
  const [ctx, locale] = await Promise.all([getRequestApiContext(), requestLocale()]);
  if (!ctx.user || !hasRole(ctx.user.role, "supervisor")) notFound();
  const m = messagesFor(locale).alerts;
  await Promise.all([
    prefetch(trpc.alerts.firing.queryOptions()),
    prefetch(trpc.alerts.rules.queryOptions()),
  ]);
  return (
    <HydrateClient>
      <h1>{m.title}</h1>
      <p className="subtitle">{m.subtitle}</p>
      <AlertsView canEdit={hasRole(ctx.user.role, "admin")} timeZone={ctx.timeZone} locale={locale} m={m} />
    </HydrateClient>
  );
}
