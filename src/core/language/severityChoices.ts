import type { Localized } from '../i18n/locale';
import type { SeveritySetting } from '../config';

/** Which rule, when problems of several share the place the menu was asked at. */
export const RULE_PROMPT: Localized = {
  en: 'Which rule should be reported differently?',
  hy: 'Ո՞ր կանոնի խնդիրները նշել այլ կերպ։',
  ru: 'Проблемы какого правила отмечать иначе?',
};

/** What the user is asked when changing how a rule is reported, in the file's language. */
export const SEVERITY_PROMPT: Localized = {
  en: "How should '{rule}' be reported in this workspace?",
  hy: "Ինչպե՞ս նշել '{rule}' կանոնի խնդիրները այս աշխատանքային տարածքում։",
  ru: "Как отмечать проблемы правила '{rule}' в этой рабочей области?",
};

/** The answers, most serious first; `{current}` marks the one in force. */
export const SEVERITY_CHOICES: Readonly<Record<SeveritySetting, Localized>> = {
  error: { en: 'As an error', hy: 'Որպես սխալ', ru: 'Как ошибку' },
  warning: { en: 'As a warning', hy: 'Որպես զգուշացում', ru: 'Как предупреждение' },
  info: { en: 'As information', hy: 'Որպես տեղեկություն', ru: 'Как информацию' },
  off: { en: 'Not at all (turn the rule off)', hy: 'Ընդհանրապես չնշել (անջատել կանոնը)', ru: 'Никак (отключить правило)' },
};

/** The note beside the answer in force. */
export const SEVERITY_CURRENT: Localized = { en: 'now', hy: 'հիմա', ru: 'сейчас' };
