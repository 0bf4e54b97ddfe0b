import { cookies } from "next/headers";
import { type Locale, LOCALE_COOKIE, toLocale } from "./locale";

/** The language of this request: the remembered choice, else Vietnamese. */
export async function requestLocale(): Promise<Locale> {
  return toLocale((await cookies()).get(LOCALE_COOKIE)?.value);
}
