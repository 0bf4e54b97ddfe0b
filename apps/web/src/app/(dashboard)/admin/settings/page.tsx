import { hasRole } from "@antdash/api";
import Link from "next/link";
import { messagesFor } from "~/i18n/locale";
import { requestLocale } from "~/i18n/request-locale";
import { getRequestApiContext } from "~/server/current-user";
import { HydrateClient, prefetch, trpc } from "~/trpc/server";
import { NoAccess } from "../users/no-access";
import styles from "../users/users.module.css";
import { SettingsView } from "./settings-form";

/** Admins set the display time zone and the alert thresholds. */
export default async function SettingsPage() {
  const [ctx, locale] = await Promise.all([getRequestApiContext(), requestLocale()]);
  const { admin } = messagesFor(locale);
  const m = admin.settings;
  if (!ctx.user || !hasRole(ctx.user.role, "admin")) return <NoAccess messages={admin.users} />;
  await prefetch(trpc.admin.getSettings.queryOptions());
  // Suggestions for the zone field; the server's list, so it matches what the API accepts.
  const timeZones = ["UTC", ...Intl.supportedValuesOf("timeZone").filter((zone) => zone !== "UTC")];
  return (
    <HydrateClient>
      <div className={styles.header}>
        <div>
          <h1>{m.title}</h1>
          <p className="subtitle">{m.subtitle}</p>
        </div>
        <nav className={styles.links} aria-label={m.title}>
          <Link href="/admin/users">{m.usersLink}</Link>
        </nav>
      </div>
      <SettingsView timeZones={timeZones} messages={m} />
    </HydrateClient>
  );
}
