import type { PageSearchParams } from "~/filters/server-filter";
import { BreakdownPage } from "~/components/breakdown-page";

/** Each DID's KPIs and trend for the filter in the URL. */
export default function DidsPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  return <BreakdownPage dimension="did" searchParams={searchParams} />;
}
