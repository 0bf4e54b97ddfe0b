import { pageFilter, type PageSearchParams } from "~/filters/server-filter";
import { intlLocale } from "~/i18n/locale";
import { messagesFor } from "~/i18n/locale";
import { requestLocale } from "~/i18n/request-locale";
import { getRequestApiContext } from "~/server/current-user";
import { HydrateClient, prefetch, trpc } from "~/trpc/server";
import { type BreakdownDimension, BreakdownView } from "./breakdown-view";

/** The server half of the agents and DIDs pages: the filter from the URL, the first numbers in the HTML. */
export async function BreakdownPage({
  dimension,
  searchParams,
}: {
  dimension: BreakdownDimension;
  searchParams: Promise<PageSearchParams>;
}) {
  const [ctx, locale] = await Promise.all([getRequestApiContext(), requestLocale()]);
  const m = messagesFor(locale).agents;
  const { filter } = pageFilter(await searchParams, ctx.timeZone);
  await Promise.all([
    prefetch(trpc.analytics.breakdown.queryOptions({ filter, dimension })),
    prefetch(trpc.analytics.summary.queryOptions({ filter })),
  ]);
  const range = new Intl.DateTimeFormat(intlLocale(locale), {
    timeZone: ctx.timeZone,
    dateStyle: "medium",
    timeStyle: "short",
  }).formatRange(new Date(String(filter.from)), new Date(String(filter.to)));
  return (
    <HydrateClient>
      <h1>{dimension === "agent" ? m.agentsTitle : m.didsTitle}</h1>
      <p className="subtitle">
        {dimension === "agent" ? m.agentsSubtitle : m.didsSubtitle} · {m.range}: {range}
      </p>
      <BreakdownView dimension={dimension} filter={filter} locale={locale} messages={m} />
    </HydrateClient>
  );
}
