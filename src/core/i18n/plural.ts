import type { Locale, Localized } from './locale';

/** The word forms a count needs in one language, by CLDR plural category (`other` is the fallback). */
export type PluralForms = Readonly<Partial<Record<Intl.LDMLPluralRule, string>>> & { readonly other: string };

const rules = new Map<Locale, Intl.PluralRules>();

/**
 * The form of a counted word that fits `count` in `locale`, by the language's own plural rules:
 * Russian has one/few/many (1 ошибка, 2 ошибки, 5 ошибок), Armenian keeps the noun singular.
 * @example plural({ en: { one: 'error', other: 'errors' }, hy: { other: 'սխալ' }, ru: { one: 'ошибка', few: 'ошибки', many: 'ошибок', other: 'ошибки' } }, 'ru', 5) // 'ошибок'
 */
export function plural(forms: Localized<PluralForms>, locale: Locale, count: number): string {
  let rule = rules.get(locale);
  if (!rule) rules.set(locale, (rule = new Intl.PluralRules(locale)));
  const own = forms[locale];
  return own[rule.select(count)] ?? own.other;
}
