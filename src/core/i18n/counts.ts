import type { Severity } from '../problem';
import type { Localized } from './locale';
import { plural, type PluralForms } from './plural';

/**
 * "3 errors" in every language, by severity: `{n}` is the count, and each language has the forms
 * its plural rules ask for (Russian one/few/many; Armenian keeps the noun singular after a
 * number). Shared by the CLI's summary and the editor's status item.
 */
export const SEVERITY_COUNTS: Readonly<Record<Severity, Localized<PluralForms>>> = {
  error: {
    en: { one: '{n} error', other: '{n} errors' },
    hy: { other: '{n} սխալ' },
    ru: { one: '{n} ошибка', few: '{n} ошибки', many: '{n} ошибок', other: '{n} ошибки' },
  },
  warning: {
    en: { one: '{n} warning', other: '{n} warnings' },
    hy: { other: '{n} զգուշացում' },
    ru: { one: '{n} предупреждение', few: '{n} предупреждения', many: '{n} предупреждений', other: '{n} предупреждения' },
  },
  info: {
    en: { other: '{n} info' },
    hy: { other: '{n} տեղեկություն' },
    ru: { one: '{n} замечание', few: '{n} замечания', many: '{n} замечаний', other: '{n} замечания' },
  },
};

/**
 * A counted phrase in the form `locale` needs for `n`.
 * @example countOf(SEVERITY_COUNTS.error, 'ru', 5) // '5 ошибок'
 */
export function countOf(forms: Localized<PluralForms>, locale: keyof Localized, n: number): string {
  return plural(forms, locale, n).replace('{n}', String(n));
}
