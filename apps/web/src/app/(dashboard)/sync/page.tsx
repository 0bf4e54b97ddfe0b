import { hasRole } from "@antdash/api";
import { messagesFor } from "~/i18n/locale";
import { requestLocale } from "~/i18n/request-locale";
import { getRequestApiContext } from "~/server/current-user";
import { getLiveCalls } from "~/server/live/live-calls";
import { HydrateClient, prefetch, trpc } from "~/trpc/server";
import { LiveFeedLine } from "./live-feed-line";
import { QUARANTINE_LIMIT } from "./quarantine-list";
import { SyncView } from "./sync-view";

/** YYYY-MM-DD of the day before `now` in `timeZone`. */
function yesterday(timeZone: string, now = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone }).format(new Date(now.getTime() - 86_400_000));
}

/**
 * Sync status. Freshness, progress and errors are for every signed-in role (sync.status and sync.progress are
 * viewer procedures); the backfill form and the quarantined raw records are admin-only, as their procedures are.
 */
export default async function SyncPage() {
  const [ctx, locale] = await Promise.all([getRequestApiContext(), requestLocale()]);
  const m = messagesFor(locale).sync;
  const isAdmin = ctx.user !== null && hasRole(ctx.user.role, "admin");
  await Promise.all([
    prefetch(trpc.sync.status.queryOptions()),
    ...(isAdmin ? [prefetch(trpc.sync.quarantine.queryOptions({ limit: QUARANTINE_LIMIT }))] : []),
  ]);
  return (
    <HydrateClient>
      <h1>{m.title}</h1>
      <p className="subtitle">{m.subtitle}</p>
      <LiveFeedLine feed={getLiveCalls().feed()} messages={m.live} />
      <SyncView
        isAdmin={isAdmin}
        timeZone={ctx.timeZone}
        defaultDay={yesterday(ctx.timeZone)}
        locale={locale}
        messages={m}
      />
    </HydrateClient>
  );
}
