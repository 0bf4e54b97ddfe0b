import { InvalidArgumentError } from "./errors";

/**
 * AntRing's date text: UTC ISO 8601 with milliseconds, e.g. `2018-02-07T02:19:33.000Z`.
 * The exact text matters because it is part of the request hash.
 */
const ANTRING_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** Formats a Date as AntRing expects; refuses invalid dates and years outside 0000..9999. */
export function toAntringDate(date: Date): string {
  const ms = date.getTime();
  if (!Number.isFinite(ms)) throw new InvalidArgumentError("not a valid date");
  const text = date.toISOString();
  if (!ANTRING_DATE.test(text)) throw new InvalidArgumentError(`date ${text} is outside years 0000..9999`);
  return text;
}

/**
 * Parses exactly `YYYY-MM-DDTHH:mm:ss.sssZ`; anything else (no milliseconds, an offset,
 * a date that does not exist such as Feb 30) is refused rather than guessed.
 */
export function parseAntringDate(text: string): Date {
  if (!ANTRING_DATE.test(text))
    throw new InvalidArgumentError(`date must look like 2018-02-07T02:19:33.000Z`);
  const date = new Date(text);
  // Round-tripping catches impossible calendar dates that the regex lets through.
  if (!Number.isFinite(date.getTime()) || date.toISOString() !== text) {
    throw new InvalidArgumentError(`date ${JSON.stringify(text)} does not exist`);
  }
  return date;
}
