import type { PageSearchParams } from "~/filters/server-filter";
import { BreakdownPage } from "~/components/breakdown-page";

/** Each agent's KPIs and trend for the filter in the URL. */
export default function AgentsPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  return <BreakdownPage dimension="agent" searchParams={searchParams} />;
}
