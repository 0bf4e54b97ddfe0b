import { hasRole } from "@antdash/api";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { LanguageSwitch } from "~/i18n/language-switch";
import { messagesFor } from "~/i18n/locale";
import { requestLocale } from "~/i18n/request-locale";
import { getRequestApiContext } from "~/server/current-user";
import { TRPCReactProvider } from "~/trpc/react";
import { SignOutButton } from "./sign-out-button";

/** The signed-in shell: navigation, who is signed in, language, time zone. Anyone else goes to sign-in. */
export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const ctx = await getRequestApiContext();
  if (!ctx.user) redirect("/sign-in");
  const locale = await requestLocale();
  const m = messagesFor(locale);
  const user = ctx.user;
  // Pages land with issue 5; until then the entries show what is coming.
  const upcoming = [m.nav.calls, m.nav.agents, m.nav.dids];
  const upcomingAdmin = hasRole(user.role, "admin") ? [m.nav.users, m.nav.tvDisplays, m.nav.sync] : [];
  return (
    <div className="shell">
      <nav className="shell__nav" aria-label={m.nav.label}>
        <div className="shell__brand">{m.appName}</div>
        <ul>
          <li>
            <a href="/" aria-current="page">
              {m.nav.overview}
            </a>
          </li>
          {[...upcoming, ...upcomingAdmin].map((label) => (
            <li key={label}>
              <span aria-disabled="true">
                {label} <small>({m.nav.comingSoon})</small>
              </span>
            </li>
          ))}
        </ul>
        <div className="shell__footer">
          <LanguageSwitch
            current={locale}
            labels={{ label: m.language.label, vi: m.language.vi, en: m.language.en }}
          />
          <span>
            {m.nav.timeZone}: {ctx.timeZone}
          </span>
          <span data-testid="signed-in-user">
            {user.name} · {m.roles[user.role]}
          </span>
          <SignOutButton label={m.nav.signOut} />
        </div>
      </nav>
      <main className="shell__main">
        <TRPCReactProvider>{children}</TRPCReactProvider>
      </main>
    </div>
  );
}
