import { hasRole } from "@antdash/api";
import { notFound } from "next/navigation";
import { messagesFor } from "~/i18n/locale";
import { requestLocale } from "~/i18n/request-locale";
import { getRequestApiContext } from "~/server/current-user";
import { HydrateClient, prefetch, trpc } from "~/trpc/server";
import { TvDisplaysAdmin } from "./tv-displays-admin";

/** Admins: the wall screens' secret links (create, rename, revoke) and when each screen was last seen. */
export default async function TvDisplaysPage() {
  const [ctx, locale] = await Promise.all([getRequestApiContext(), requestLocale()]);
  if (!ctx.user || !hasRole(ctx.user.role, "admin")) notFound();
  const m = messagesFor(locale).admin.tvDisplays;
  await prefetch(trpc.admin.listTvDisplays.queryOptions());
  return (
    <HydrateClient>
      <h1>{m.title}</h1>
      <p className="subtitle">{m.subtitle}</p>
      <TvDisplaysAdmin timeZone={ctx.timeZone} locale={locale} messages={m} />
    </HydrateClient>
  );
}
