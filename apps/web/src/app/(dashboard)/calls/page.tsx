import { hasRole } from "@antdash/api";
import { redirect } from "next/navigation";
import { FilterBar } from "~/filters/filter-bar";
import { type PageSearchParams, pageFilter, toSearchParams } from "~/filters/server-filter";
import { messagesFor } from "~/i18n/locale";
import { requestLocale } from "~/i18n/request-locale";
import { getRequestApiContext } from "~/server/current-user";
import { HydrateClient, prefetch, trpc } from "~/trpc/server";
import { CallsView } from "./calls-view";
import { listCallsInput, readTableQuery, TABLE_POSITION_KEYS } from "./table-query";

/**
 * The call list for the filter in the URL, in the viewer's zone. The page the URL points at (sort, page, open call)
 * is fetched here, so the first HTML already shows it.
 */
export default async function CallsPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const ctx = await getRequestApiContext();
  if (!ctx.user) redirect("/sign-in");
  const params = await searchParams;
  const { filter } = pageFilter(params, ctx.timeZone);
  const table = readTableQuery(toSearchParams(params));
  const locale = await requestLocale();
  const m = messagesFor(locale);
  const mayListen = hasRole(ctx.user.role, "supervisor");

  await Promise.all([
    prefetch(trpc.calls.list.queryOptions(listCallsInput(filter, table))),
    // Deeper pages carry no total: count it beside them.
    table.cursor !== undefined && prefetch(trpc.calls.count.queryOptions({ filter })),
    table.call !== undefined && prefetch(trpc.calls.get.queryOptions({ id: table.call })),
  ]);
  return (
    <HydrateClient>
      <h1>{m.calls.title}</h1>
      <p className="subtitle">{m.calls.subtitle}</p>
      <FilterBar
        messages={m.filters}
        locale={locale}
        timeZone={ctx.timeZone}
        range={{ from: filter.from, to: filter.to }}
        resetKeys={TABLE_POSITION_KEYS}
      />
      <CallsView
        filter={filter}
        locale={locale}
        timeZone={ctx.timeZone}
        canListen={mayListen}
        canCall={mayListen}
        canExport={mayListen}
        messages={m.calls}
      />
    </HydrateClient>
  );
}
