import { parsePhoneNumberFromString } from "libphonenumber-js/max";

/**
 * The 2018 conversion of Vietnam's 11-digit mobile numbers to 10 digits (Ministry of Information and
 * Communications, 15 Sept 2018 – 30 June 2019): the old prefix (after the trunk 0) becomes the new one, the last
 * seven digits stay. AntRing's own examples still show old numbers, and customers still type them.
 */
export const VN_MOBILE_PREFIX_2018: Readonly<Record<string, string>> = {
  // Viettel
  "162": "32",
  "163": "33",
  "164": "34",
  "165": "35",
  "166": "36",
  "167": "37",
  "168": "38",
  "169": "39",
  // MobiFone
  "120": "70",
  "121": "79",
  "122": "77",
  "126": "76",
  "128": "78",
  // VinaPhone
  "123": "83",
  "124": "84",
  "125": "85",
  "127": "81",
  "129": "82",
  // Vietnamobile
  "186": "56",
  "188": "58",
  // Gmobile
  "199": "59",
};

/** Separators people and systems write inside a number: spaces, dots, dashes, slashes, parentheses. */
const SEPARATORS = /[\s.\-/()]/g;

/**
 * One spelling per Vietnamese number, so that 0903 123 456, +84903123456, 84903123456 and 0084903123456 are the
 * same customer: E.164 (`+84…`) for any number of Vietnam's mobile or landline shape or that libphonenumber-js
 * validates as Vietnamese (1800/1900 services),
 * after turning an old 11-digit mobile number into its 2018 10-digit form. Anything else is returned as it was
 * given, only trimmed: internal extensions and SIP accounts (`101`, `lan@pbx`), foreign or malformed strings — they
 * are not customers' numbers, and rewriting them could merge two different parties.
 */
export function normalizePhoneNumber(raw: string): string {
  const given = raw.trim();
  const compact = given.replace(SEPARATORS, "");
  if (!/^\+?\d{4,15}$/.test(compact)) return given;
  const national = vietnameseNationalNumber(compact);
  if (national === null) return given;
  if (VN_NUMBER_SHAPE.test(national)) return `+84${national}`;
  const parsed = parsePhoneNumberFromString(`+84${national}`);
  return parsed?.isValid() && parsed.countryCallingCode === "84" ? parsed.number : given;
}

/**
 * The shapes of Vietnam's numbering plan that libphonenumber-js's metadata may not list yet (newly assigned mobile
 * ranges such as 052): a mobile number is 9 digits starting 3, 5, 7, 8 or 9, a landline 10 digits starting 2.
 * Anything else (1800/1900 services...) must pass the library's validation.
 */
const VN_NUMBER_SHAPE = /^(?:[35789]\d{8}|2\d{9})$/;

/** The national significant number (no trunk 0, no country code) with the 2018 prefix applied, or null. */
function vietnameseNationalNumber(compact: string): string | null {
  let digits: string;
  if (compact.startsWith("+")) {
    if (!compact.startsWith("+84")) return null;
    digits = compact.slice(3);
  } else if (compact.startsWith("0084")) digits = compact.slice(4);
  else if (compact.startsWith("0")) digits = compact.slice(1);
  // 84 + 9 or 10 digits: the country code written without "+" (a national number is 9–10 digits after its 0).
  else if (compact.startsWith("84") && compact.length >= 11) digits = compact.slice(2);
  else digits = compact;
  if (digits.length === 10) {
    const converted = VN_MOBILE_PREFIX_2018[digits.slice(0, 3)];
    if (converted !== undefined) digits = converted + digits.slice(3);
  }
  return digits;
}
