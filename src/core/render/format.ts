import type { Locale } from '../i18n/locale';

/**
 * Numbers, dates, countries and languages written the way a reader of `locale` expects
 * (`60 000` in Russian, `Հայաստան` for AM in Armenian). Intl objects are made once per locale;
 * anything Intl cannot read is shown as written.
 */
const numbers = new Map<Locale, Intl.NumberFormat>();
const dates = new Map<Locale, Intl.DateTimeFormat>();
const regions = new Map<Locale, Intl.DisplayNames>();
const languages = new Map<Locale, Intl.DisplayNames>();

function cached<T>(map: Map<Locale, T>, locale: Locale, make: () => T): T {
  let value = map.get(locale);
  if (value === undefined) map.set(locale, (value = make()));
  return value;
}

export function formatNumber(value: number, locale: Locale): string {
  return cached(numbers, locale, () => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 })).format(value);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A `YYYY-MM-DD` date as a calendar date of `locale`; other text unchanged. */
export function formatDate(value: string, locale: Locale): string {
  const time = dateValue(value);
  if (time === undefined) return value;
  return cached(dates, locale, () => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' })).format(time);
}

/** Milliseconds of a real `YYYY-MM-DD` date (not 2025-02-30), else undefined. */
export function dateValue(value: string): number | undefined {
  const m = ISO_DATE.exec(value.trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const time = Date.UTC(y, mo - 1, d);
  const check = new Date(time);
  return check.getUTCFullYear() === y && check.getUTCMonth() === mo - 1 && check.getUTCDate() === d ? time : undefined;
}

/** A two-letter country code as the country's name in `locale` (`AM` → `Armenia`). */
export function countryName(code: string, locale: Locale): string {
  if (!/^[A-Z]{2}$/.test(code)) return code;
  return cached(regions, locale, () => new Intl.DisplayNames(locale, { type: 'region', fallback: 'none' })).of(code) ?? code;
}

/** A language tag as the language's name in `locale` (`hy` → `армянский`). */
export function languageName(tag: string, locale: Locale): string {
  try {
    return cached(languages, locale, () => new Intl.DisplayNames(locale, { type: 'language', fallback: 'none' })).of(tag) ?? tag;
  } catch {
    // Not a well-formed language tag: the schema reports it; the plan shows it as written.
    return tag;
  }
}
