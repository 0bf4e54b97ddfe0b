import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { LanguageSwitch } from "~/i18n/language-switch";
import { messagesFor } from "~/i18n/locale";
import { requestLocale } from "~/i18n/request-locale";
import { currentUser } from "~/server/current-user";
import { requestOrigin } from "~/server/http/request-origin";
import { safeCallbackPath } from "./safe-callback-path";
import { SignInForm } from "./sign-in-form";

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string }>;
}) {
  const callbackUrl = (await searchParams).callbackUrl;
  const callbackPath = safeCallbackPath(
    typeof callbackUrl === "string" ? callbackUrl : undefined,
    requestOrigin(await headers()),
  );
  if (await currentUser()) redirect(callbackPath);
  const locale = await requestLocale();
  const m = messagesFor(locale);
  return (
    <main className="sign-in">
      <div className="sign-in__card">
        <LanguageSwitch
          current={locale}
          labels={{ label: m.language.label, vi: m.language.vi, en: m.language.en }}
        />
        <h1>{m.signIn.title}</h1>
        <p>{m.signIn.subtitle}</p>
        <SignInForm messages={m.signIn} callbackPath={callbackPath} />
      </div>
    </main>
  );
}
