/** The languages of messages and headings. The file's `locale` picks one; a caller may override it. */
export const LOCALES = ['en', 'hy', 'ru'] as const;
export type Locale = (typeof LOCALES)[number];

/** A text in every supported language: a missing translation is a compile error, not a runtime gap. */
export type Localized<T = string> = { readonly [L in Locale]: T };

type ArgValue = string | number | readonly (string | number)[];

/** Values that fill a message's `{name}` placeholders; a value may differ by language (`{ en, hy, ru }`). */
export type MessageArgs = Readonly<Record<string, ArgValue | Localized<ArgValue>>>;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The first candidate that is a supported locale, else English. Accepts `ru-RU` style tags. */
export function pickLocale(...candidates: unknown[]): Locale {
  for (const c of candidates) {
    if (typeof c !== 'string') continue;
    const base = c.toLowerCase().split(/[-_]/)[0];
    if (isLocale(base)) return base;
  }
  return 'en';
}

const LIST_SEPARATOR: Localized = { en: ', ', hy: ', ', ru: ', ' };

/**
 * Fills `{name}` placeholders. Lists are joined; unknown placeholders are left as they are so a
 * translation mistake shows up in the text instead of throwing.
 * @example format({ en: "Goal '{id}'", hy: "Նպատակ '{id}'", ru: "Цель '{id}'" }, 'ru', { id: 'x' }) // "Цель 'x'"
 */
export function format(message: Localized, locale: Locale, args: MessageArgs = {}): string {
  return message[locale].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const given = args[name];
    const value = given !== null && typeof given === 'object' && !Array.isArray(given) ? (given as Localized<ArgValue>)[locale] : (given as ArgValue | undefined);
    if (value === undefined) return whole;
    return Array.isArray(value) ? value.join(LIST_SEPARATOR[locale]) : String(value);
  });
}

/** Formats a message in every locale at once, with arguments that may themselves depend on the locale. */
export function formatAll(message: Localized, args: (locale: Locale) => MessageArgs): Localized {
  return { en: format(message, 'en', args('en')), hy: format(message, 'hy', args('hy')), ru: format(message, 'ru', args('ru')) };
}
