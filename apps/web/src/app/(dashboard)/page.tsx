import { messagesFor } from "~/i18n/locale";
import { requestLocale } from "~/i18n/request-locale";
import { HydrateClient, prefetch, trpc } from "~/trpc/server";
import { OverviewSummary } from "./overview-summary";
import { recentDays } from "./recent-days";

export default async function OverviewPage() {
  const locale = await requestLocale();
  const m = messagesFor(locale);
  // Computed once here and handed to the client, so the browser's query key equals the prefetched one.
  const filter = recentDays(30);
  await prefetch(trpc.analytics.summary.queryOptions({ filter }));
  return (
    <HydrateClient>
      <h1>{m.overview.title}</h1>
      <p className="subtitle">{m.overview.range}</p>
      <OverviewSummary filter={filter} locale={locale} messages={m.overview} />
    </HydrateClient>
  );
}
