import { child } from '../syntax/ast';
import { num, text } from '../model/read';
import { defineDocumentRule } from './rule';

/**
 * True for a real calendar date written `YYYY-MM-DD` (`2025-02-30` is not one). Only such dates
 * are compared: a malformed date is the schema's finding, and guessing what it meant would give
 * a second, misleading message.
 */
export function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export const invalidRange = defineDocumentRule({
  id: 'invalid-range',
  severity: 'error',
  seed: false,
  scope: 'document',
  reads: { audiences: ['id', 'demographics'] },
  description: {
    en: 'Ranges run forwards: period.end is not before period.start, and an audience age.min is not above age.max.',
    hy: 'Միջակայքերը ճիշտ ուղղությամբ են․ period.end-ը period.start-ից առաջ չէ, իսկ լսարանի age.min-ը մեծ չէ age.max-ից։',
    ru: 'Диапазоны заданы в правильном порядке: period.end не раньше period.start, а age.min аудитории не больше age.max.',
  },
  rationale: {
    en: 'An inverted range is a typo that makes the strategy impossible to follow: no day falls in a period that ends before it starts, and no person is older than 35 and younger than 18. A JSON schema cannot compare two fields, so this check is a rule.',
    hy: 'Շրջված միջակայքը վրիպակ է, որի պատճառով ռազմավարությունն անհնար է կատարել․ ոչ մի օր չի ընկնում մի ժամանակահատվածի մեջ, որն ավարտվում է սկսվելուց առաջ, և ոչ ոք միաժամանակ 35-ից մեծ և 18-ից փոքր չէ։ JSON սխեման չի կարող համեմատել երկու դաշտ, ուստի այս ստուգումը կանոն է։',
    ru: 'Перевёрнутый диапазон — опечатка, из-за которой стратегию невозможно выполнить: ни один день не попадает в период, который заканчивается раньше, чем начинается, и никто не бывает одновременно старше 35 и младше 18. JSON-схема не умеет сравнивать два поля, поэтому эта проверка — правило.',
  },
  messages: {
    period: {
      en: 'period.end ({end}) is before period.start ({start}).',
      hy: 'period.end-ը ({end}) period.start-ից ({start}) առաջ է։',
      ru: 'period.end ({end}) раньше, чем period.start ({start}).',
    },
    periodStart: {
      en: 'The period starts here.',
      hy: 'Ժամանակահատվածն սկսվում է այստեղ։',
      ru: 'Период начинается здесь.',
    },
    age: {
      en: "Audience '{id}': age.min ({min}) is greater than age.max ({max}).",
      hy: "Լսարան '{id}'․ age.min-ը ({min}) մեծ է age.max-ից ({max})։",
      ru: "Аудитория '{id}': age.min ({min}) больше, чем age.max ({max}).",
    },
    ageMin: {
      en: 'The lower age limit is here.',
      hy: 'Տարիքի ստորին սահմանն այստեղ է։',
      ru: 'Нижняя граница возраста указана здесь.',
    },
  },
  check({ doc }, report) {
    const period = doc.section('period');
    const startNode = child(period, 'start');
    const endNode = child(period, 'end');
    const start = text(period, 'start');
    const end = text(period, 'end');
    // Same-format ISO dates compare correctly as strings; a one-day period (start = end) is fine.
    if (startNode && endNode && start && end && isCalendarDate(start) && isCalendarDate(end) && end < start) {
      // The end is reported and the start related: "ends before it starts" reads as a fault of
      // the end, the same choice as for ages below.
      report({ messageId: 'period', args: { start, end }, node: endNode, related: [{ node: startNode, messageId: 'periodStart' }] });
    }

    for (const audience of doc.items('audiences')) {
      const age = child(child(audience, 'demographics'), 'age');
      const minNode = child(age, 'min');
      const maxNode = child(age, 'max');
      const min = num(age, 'min');
      const max = num(age, 'max');
      if (!minNode || !maxNode || min === undefined || max === undefined || min <= max) continue;
      // On `max`, the upper bound, for the same reason as `period.end`: one consistent place, a
      // single scalar as the range, and the lower bound linked for the other half of the story.
      report({
        messageId: 'age',
        args: { id: text(audience, 'id') ?? '?', min, max },
        node: maxNode,
        related: [{ node: minNode, messageId: 'ageMin' }],
      });
    }
  },
});
