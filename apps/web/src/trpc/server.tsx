import "server-only";

import { appRouter, createCallerFactory } from "@antdash/api";
import { dehydrate, type FetchQueryOptions, HydrationBoundary, type QueryKey } from "@tanstack/react-query";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import { cache, type ReactNode } from "react";
import { getRequestApiContext } from "~/server/current-user";
import { createQueryClient } from "./query-client";

const getQueryClient = cache(createQueryClient);

/** Query options for server components: prefetching calls the procedures in-process, with no HTTP round trip. */
export const trpc = createTRPCOptionsProxy({
  router: appRouter,
  ctx: getRequestApiContext,
  queryClient: getQueryClient,
});

/** A server-side caller, for data a server component renders itself. */
export async function serverCaller() {
  return createCallerFactory(appRouter)(await getRequestApiContext());
}

/**
 * Starts a query during the server render; HydrateClient hands its result to the browser. Await it to have the
 * data in the first HTML; leave it floating to stream it.
 */
export function prefetch<TQueryFnData, TError, TData, TQueryKey extends QueryKey>(
  queryOptions: FetchQueryOptions<TQueryFnData, TError, TData, TQueryKey>,
): Promise<void> {
  return getQueryClient().prefetchQuery(queryOptions);
}

/** Hands the queries prefetched during this render to the client components below. */
export function HydrateClient({ children }: { children: ReactNode }) {
  return <HydrationBoundary state={dehydrate(getQueryClient())}>{children}</HydrationBoundary>;
}
