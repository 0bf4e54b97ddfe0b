import { FilterBar } from "~/filters/filter-bar";
import { pageFilter, type PageSearchParams } from "~/filters/server-filter";
import { messagesFor } from "~/i18n/locale";
import { requestLocale } from "~/i18n/request-locale";
import { getRequestApiContext } from "~/server/current-user";
import { HydrateClient, prefetch, trpc } from "~/trpc/server";
import { CallbackBreakdown } from "./callback-kpis/callback-breakdown";
// The agents and DIDs tables stay in the agents route until they move to their own package (shared with the PDF).
import { type BreakdownDimension, BreakdownView } from "~/app/(dashboard)/agents/_breakdown/breakdown-view";

/** The server half of the agents and DIDs pages: the filter from the URL, the first numbers in the HTML. */
export async function BreakdownPage({
  dimension,
  searchParams,
}: {
  dimension: BreakdownDimension;
  searchParams: Promise<PageSearchParams>;
}) {
  const [ctx, locale] = await Promise.all([getRequestApiContext(), requestLocale()]);
  const messages = messagesFor(locale);
  const m = messages.agents;
  const { filter } = pageFilter(await searchParams, ctx.timeZone);
  await Promise.all([
    prefetch(trpc.analytics.breakdown.queryOptions({ filter, dimension })),
    prefetch(trpc.analytics.summary.queryOptions({ filter })),
  ]);
  return (
    <HydrateClient>
      <h1>{dimension === "agent" ? m.agentsTitle : m.didsTitle}</h1>
      <p className="subtitle">{dimension === "agent" ? m.agentsSubtitle : m.didsSubtitle}</p>
      <FilterBar messages={messages.filters} locale={locale} timeZone={ctx.timeZone} range={filter} />
      <BreakdownView dimension={dimension} filter={filter} locale={locale} messages={m} />
      <CallbackBreakdown
        dimension={dimension}
        filter={{ from: String(filter.from), to: String(filter.to) }}
        locale={locale}
        units={messages.overview.units}
        noDidLabel={m.noDid}
        messages={messages.callbacks.kpis}
      />
    </HydrateClient>
  );
}
