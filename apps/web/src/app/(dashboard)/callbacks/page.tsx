import { hasRole } from "@antdash/api";
import { redirect } from "next/navigation";
import { type PageSearchParams, toSearchParams } from "~/filters/server-filter";
import { messagesFor } from "~/i18n/locale";
import { requestLocale } from "~/i18n/request-locale";
import { getRequestApiContext } from "~/server/current-user";
import { HydrateClient, prefetch, trpc } from "~/trpc/server";
import { CallbacksFilterBar } from "./callbacks-filter-bar";
import { listCasesInput, readCallbackQuery, resolveRange } from "~/lib/callbacks-query";
import { CallbacksView } from "./callbacks-view";
import { RepeatCallers } from "./repeat-callers";

/**
 * The call-back worklist: customers who called and were not answered, across days (default: open cases whose first
 * missed call is in the last 7 days, likely to answer now first). Every role sees it; supervisors and admins act on
 * it. The first page of the URL's view is in the first HTML.
 */
export default async function CallbacksPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const ctx = await getRequestApiContext();
  if (!ctx.user) redirect("/sign-in");
  const [params, locale] = await Promise.all([searchParams, requestLocale()]);
  const query = readCallbackQuery(toSearchParams(params));
  const now = new Date();
  const range = resolveRange(query, ctx.timeZone, now);
  const m = messagesFor(locale);
  const canAct = hasRole(ctx.user.role, "supervisor");
  await Promise.all([
    prefetch(trpc.callbacks.list.queryOptions(listCasesInput(query, range, ctx.user.id))),
    prefetch(trpc.callbacks.owners.queryOptions()),
  ]);
  return (
    <HydrateClient>
      <h1>{m.callbacks.title}</h1>
      <p className="subtitle">{m.callbacks.subtitle}</p>
      <CallbacksFilterBar range={range} messages={m.callbacks} filterMessages={m.filters} />
      <CallbacksView
        query={query}
        range={range}
        serverNow={now.toISOString()}
        locale={locale}
        timeZone={ctx.timeZone}
        canAct={canAct}
        userId={ctx.user.id}
        words={{ callbacks: m.callbacks, callBack: m.calls.callBack, export: m.calls.export }}
      />
      <RepeatCallers range={range} locale={locale} timeZone={ctx.timeZone} messages={m.callbacks} />
    </HydrateClient>
  );
}
