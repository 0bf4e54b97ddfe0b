import type { Metadata } from "next";
import type { ReactNode } from "react";
import { requestLocale } from "~/i18n/request-locale";
import { messagesFor } from "~/i18n/locale";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const m = messagesFor(await requestLocale());
  return { title: m.appName, robots: { index: false, follow: false } };
}

// Every page renders per request (reading the session cookie), which is also what lets Next put the CSP nonce
// on its scripts.
export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await requestLocale();
  return (
    <html lang={locale}>
      <body>{children}</body>
    </html>
  );
}
