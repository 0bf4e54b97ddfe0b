import { FilterBar } from "~/filters/filter-bar";
import { type PageSearchParams, pageFilter } from "~/filters/server-filter";
import { messagesFor } from "~/i18n/locale";
import { requestLocale } from "~/i18n/request-locale";
import { getRequestApiContext } from "~/server/current-user";
import { HydrateClient, prefetch, trpc } from "~/trpc/server";
import { CallbackKpiCard } from "~/components/callback-kpis/callback-kpi-card";
import type { PageFilter } from "./overview/drill";
import { kpiExplanations } from "./overview/kpi-explanations";
import { OverviewBoard } from "./overview/overview-board";

/** The supervisors' morning page: the filter, KPI cards against the previous period, and six drill-down charts. */
export default async function OverviewPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const [locale, ctx, query] = await Promise.all([requestLocale(), getRequestApiContext(), searchParams]);
  const m = messagesFor(locale);
  // Resolved once here and handed to the client, so the browser's query keys equal the prefetched ones.
  const filter = pageFilter(query, ctx.timeZone).filter as PageFilter;
  await Promise.all([
    prefetch(trpc.analytics.overview.queryOptions({ filter })),
    prefetch(trpc.analytics.heatmap.queryOptions({ filter })),
    prefetch(trpc.analytics.distribution.queryOptions({ filter })),
  ]);
  return (
    <HydrateClient>
      <h1>{m.overview.title}</h1>
      <p className="subtitle">{m.overview.subtitle}</p>
      <FilterBar messages={m.filters} locale={locale} timeZone={ctx.timeZone} range={filter} />
      <CallbackKpiCard filter={filter} locale={locale} units={m.overview.units} messages={m.callbacks.kpis} />
      <OverviewBoard
        filter={filter}
        locale={locale}
        timeZone={ctx.timeZone}
        targets={{
          serviceLevelTargetPercent: ctx.kpi.serviceLevelTargetPercent,
          shortAbandonSeconds: ctx.kpi.shortAbandonSeconds,
        }}
        explanations={kpiExplanations(locale, ctx.kpi)}
        messages={{
          overview: m.overview,
          names: { directions: m.filters.directions, statuses: m.filters.statuses },
        }}
      />
    </HydrateClient>
  );
}
