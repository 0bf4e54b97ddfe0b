import { appRouter, createCallerFactory } from "@antdash/api";
import type { Metadata } from "next";
import { cookies, headers } from "next/headers";
import { notFound } from "next/navigation";
import { intlLocale, messagesFor, toLocale } from "~/i18n/locale";
import { createRequestApiContext, TV_TOKEN_HEADER } from "~/server/api-context";
import { getLiveCalls } from "~/server/live/live-calls";
import { rotationSeconds } from "./rotation";
import { Wallboard } from "./wallboard";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Wallboard",
  robots: { index: false, follow: false },
  // The token is in the path: never send it to anyone as a Referer.
  referrer: "no-referrer",
};

interface TvPageProps {
  params: Promise<{ token: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/**
 * /tv/<display token>[?lang=vi|en][&rotate=<seconds>]: the wall screen a TV opens without a keyboard. Only the
 * token counts (not a session in the same browser): an unknown or revoked token gets the refusal page (404).
 */
export default async function TvPage({ params, searchParams }: TvPageProps) {
  const { token } = await params;
  const query = await searchParams;
  const requestHeaders = new Headers(await headers());
  requestHeaders.set(TV_TOKEN_HEADER, token);
  const ctx = await createRequestApiContext({ headers: requestHeaders, cookies: await cookies() });
  if (!ctx.tv) notFound();

  const lang = Array.isArray(query.lang) ? query.lang[0] : query.lang;
  const locale = toLocale(lang ?? ctx.tv.locale);
  const snapshot = await createCallerFactory(appRouter)({ ...ctx, user: null }).wallboard.snapshot();
  return (
    <Wallboard
      token={token}
      displayName={ctx.tv.name}
      initial={snapshot}
      initialLive={getLiveCalls().view()}
      rotateSeconds={rotationSeconds(query.rotate)}
      locale={locale}
      intlLocale={intlLocale(locale)}
      m={messagesFor(locale).tv}
      words={{ callbacks: messagesFor(locale).callbacks }}
      alertKinds={messagesFor(locale).alerts.kinds}
    />
  );
}
