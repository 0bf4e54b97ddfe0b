import { hasRole } from "@antdash/api";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { type ReactNode, Suspense } from "react";
import { LanguageSwitch } from "~/i18n/language-switch";
import { messagesFor } from "~/i18n/locale";
import { requestLocale } from "~/i18n/request-locale";
import { getRequestApiContext } from "~/server/current-user";
import { TRPCReactProvider } from "~/trpc/react";
import { type NavEntry, NavLinks } from "./nav-links";
import { SignOutButton } from "./sign-out-button";
import { THEME_COOKIE, toTheme } from "./theme";
import { ThemeSwitch } from "./theme-switch";

/** The signed-in shell: navigation, who is signed in, language, theme, time zone. Anyone else goes to sign-in. */
export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const ctx = await getRequestApiContext();
  if (!ctx.user) redirect("/sign-in");
  const [locale, cookieStore] = await Promise.all([requestLocale(), cookies()]);
  const theme = toTheme(cookieStore.get(THEME_COOKIE)?.value);
  const m = messagesFor(locale);
  const user = ctx.user;
  const entries: NavEntry[] = [
    { href: "/", label: m.nav.overview, keepsFilter: true },
    { href: "/calls", label: m.nav.calls, keepsFilter: true },
    { href: "/callbacks", label: m.nav.callbacks, keepsFilter: false },
    { href: "/agents", label: m.nav.agents, keepsFilter: true },
    { href: "/dids", label: m.nav.dids, keepsFilter: true },
    { href: "/reports", label: m.nav.reports, keepsFilter: false },
    { href: "/glossary", label: m.nav.glossary, keepsFilter: false },
    ...(hasRole(user.role, "supervisor")
      ? [{ href: "/alerts", label: m.nav.alerts, keepsFilter: false }]
      : []),
    ...(hasRole(user.role, "admin")
      ? [
          { href: "/admin/users", label: m.nav.users, keepsFilter: false },
          { href: "/admin/tv-displays", label: m.nav.tvDisplays, keepsFilter: false },
          { href: "/admin/settings", label: m.nav.settings, keepsFilter: false },
          { href: "/admin/audit", label: m.nav.audit, keepsFilter: false },
          { href: "/sync", label: m.nav.sync, keepsFilter: false },
        ]
      : []),
  ];
  return (
    <div className="shell" data-theme={theme === "system" ? undefined : theme}>
      <a className="skip-link" href="#main">
        {m.nav.skipToContent}
      </a>
      <nav className="shell__nav" aria-label={m.nav.label}>
        <div className="shell__brand">{m.appName}</div>
        <Suspense>
          <NavLinks entries={entries} />
        </Suspense>
        <div className="shell__footer">
          <LanguageSwitch
            current={locale}
            labels={{ label: m.language.label, vi: m.language.vi, en: m.language.en }}
          />
          <ThemeSwitch current={theme} labels={m.theme} />
          <span className="shell__zone" data-testid="time-zone" data-zone={ctx.timeZone}>
            {m.nav.timeZone}: {ctx.timeZone}
          </span>
          <span data-testid="signed-in-user">
            {user.name} · {m.roles[user.role]}
          </span>
          <SignOutButton label={m.nav.signOut} />
          <SignOutButton label={m.nav.signOutEverywhere} everywhere />
        </div>
      </nav>
      <main className="shell__main" id="main">
        <TRPCReactProvider>{children}</TRPCReactProvider>
      </main>
    </div>
  );
}
