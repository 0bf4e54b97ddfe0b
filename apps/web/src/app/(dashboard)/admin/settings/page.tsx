import { prefetch, trpc } from "~/trpc/server";
import { AdminFrame, adminPageRequest } from "~/components/admin-page";
import { NoAccess } from "~/components/no-access";
import { SettingsView } from "./settings-form";

/** Admins set the display time zone and the alert thresholds. */
export default async function SettingsPage() {
  const { user, messages } = await adminPageRequest();
  const m = messages.admin.settings;
  if (!user) return <NoAccess messages={messages.admin.users} />;
  await prefetch(trpc.admin.getSettings.queryOptions());
  // Suggestions for the zone field; the server's list, so it matches what the API accepts.
  const timeZones = ["UTC", ...Intl.supportedValuesOf("timeZone").filter((zone) => zone !== "UTC")];
  return (
    <AdminFrame title={m.title} subtitle={m.subtitle} links={[{ href: "/admin/users", label: m.usersLink }]}>
      <SettingsView timeZones={timeZones} messages={m} />
    </AdminFrame>
  );
}
