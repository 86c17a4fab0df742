import * as vscode from 'vscode';
import { isLocale, pickLocale, type Locale } from '../core/i18n/locale';
import type { StrategyAnalysis } from './analysis';
import { isStrategyDocument } from './config';
import hy from '../../l10n/bundle.l10n.hy.json';
import ru from '../../l10n/bundle.l10n.ru.json';

/**
 * The editor's own texts (notifications, prompts, the status item, refusals) in a chosen language.
 *
 * `vscode.l10n.t` follows VS Code's display language, and VS Code has no Armenian one: an
 * Armenian strategy would get its hover in Armenian and the editor around it in English. So
 * these texts follow the strategy's language instead (its `locale:`, else `smm.locale`, else the
 * display language). They stay where VS Code's convention keeps them, in
 * `l10n/bundle.l10n.<language>.json` keyed by the English text, and this picks the bundle by
 * the resolved language instead of the display language. A text missing from a bundle falls
 * back to English; test/unit/manifest.test.ts keeps the bundles complete.
 *
 * @example l10n('hy').t('SMM: strategy files checked: {0}.', 3) // 'SMM: ստուգված ռազմավարության ֆայլեր՝ 3։'
 */
export function l10n(locale: Locale): { readonly locale: Locale; t(message: string, ...args: readonly (string | number)[]): string } {
  const bundle = BUNDLES[locale];
  return {
    locale,
    t: (message, ...args) => (bundle?.[message] ?? message).replace(/\{(\d+)\}/g, (whole, i: string) => {
      const value = args[Number(i)];
      return value === undefined ? whole : String(value);
    }),
  };
}

const BUNDLES: Readonly<Record<Locale, Readonly<Record<string, string>> | undefined>> = { en: undefined, hy, ru };

/**
 * The language of editor texts about no file in particular (a notification after a command, the
 * New Strategy prompts): `smm.locale` when it names one, else the language of the strategy in
 * the active editor, else VS Code's display language (English when it is none of ours).
 */
export function uiLocale(analysis: StrategyAnalysis): Locale {
  const setting = vscode.workspace.getConfiguration('smm').get<string>('locale');
  if (isLocale(setting)) return setting;
  const document = vscode.window.activeTextEditor?.document;
  if (document && isStrategyDocument(document)) return analysis.parsed(document).locale;
  return pickLocale(vscode.env.language);
}

/** `smm.locale` when it names a language, else VS Code's display language: no file consulted. */
export function settingLocale(): Locale {
  const setting = vscode.workspace.getConfiguration('smm').get<string>('locale');
  return isLocale(setting) ? setting : pickLocale(vscode.env.language);
}
