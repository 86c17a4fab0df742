import type { Locale, Localized } from '../i18n/locale';
import { RULES } from '../rules';
import type { StrategyDocument } from '../model/document';
import { SCHEMA_URL } from './snippets';
import type { CompletionEntry } from './completion';

/**
 * Completion for the comments the extension understands: suppression comments (with rule ids
 * after them) and the schema line other YAML tools read. Offered only where a comment can start or
 * already has, so these never crowd a value's suggestions (which a static snippets file would do:
 * VS Code shows those at every position).
 */
export function commentCompletions(doc: StrategyDocument, offset: number, locale: Locale = 'en'): { entries: CompletionEntry[]; inComment: boolean } | undefined {
  const lineStart = doc.lines.lineStart(doc.lines.positionAt(offset).line);
  const before = doc.text.slice(lineStart, offset);
  // A blank line: a comment may start here, besides whatever the schema allows.
  if (/^\s*$/.test(before)) return { entries: directives(doc, offset, offset, lineStart === 0, locale), inComment: false };
  const comment = /^(\s*)(#.*)$/.exec(before);
  if (!comment) return undefined;
  const hash = lineStart + comment[1]!.length;
  const rules = /^#\s*smm-disable(?:-next-line)?\s+(?:[\w/*-]+\s*,\s*|[\w/*-]+\s+)*([\w/*-]*)$/.exec(comment[2]!);
  if (rules) return { entries: ruleIds(offset - rules[1]!.length, offset, locale), inComment: true };
  // Inside any other comment, only the directives, replacing what was typed from `#` on.
  return { entries: /^#\s*[\w-]*$/.test(comment[2]!) ? directives(doc, hash, offset, hash === 0, locale) : [], inComment: true };
}

/** What each comment does, in every language; the comments themselves are the same in all. */
const TEXT = {
  nextLine: { en: 'Silence a check on the next line', hy: 'Լռեցնել ստուգումը հաջորդ տողում', ru: 'Отключить проверку на следующей строке' },
  nextLineDoc: {
    en: 'Silences the named checks for the next line only. Say why after `--`.',
    hy: 'Լռեցնում է նշված ստուգումները միայն հաջորդ տողի համար։ Պատճառը գրեք `--`-ից հետո։',
    ru: 'Отключает названные проверки только для следующей строки. Причину напишите после `--`.',
  },
  file: { en: 'Silence a check in this file', hy: 'Լռեցնել ստուգումը այս ֆայլում', ru: 'Отключить проверку в этом файле' },
  fileDoc: {
    en: 'Silences the named checks in the whole file. Say why after `--`.',
    hy: 'Լռեցնում է նշված ստուգումները ամբողջ ֆայլում։ Պատճառը գրեք `--`-ից հետո։',
    ru: 'Отключает названные проверки во всём файле. Причину напишите после `--`.',
  },
  why: { en: 'why', hy: 'ինչու', ru: 'почему' },
  modeline: { en: 'Let other YAML tools check this file', hy: 'Թույլ տալ YAML-ի այլ գործիքներին ստուգել այս ֆայլը', ru: 'Пусть другие инструменты YAML тоже проверяют этот файл' },
  modelineDoc: {
    en: "The first line of a strategy file: Red Hat's YAML extension and other editors that read this line then check the file against the strategy schema.",
    hy: 'Ռազմավարության ֆայլի առաջին տողը․ Red Hat-ի YAML ընդլայնումը և այն խմբագրիչները, որոնք կարդում են այս տողը, ֆայլը կստուգեն ռազմավարության սխեմայով։',
    ru: 'Первая строка файла стратегии: расширение YAML от Red Hat и другие редакторы, которые читают эту строку, будут проверять файл по схеме стратегии.',
  },
  everySchemaCheck: {
    en: 'Every schema check (unknown keys and values, types, dates, ids)',
    hy: 'Սխեմայի բոլոր ստուգումները (անհայտ բանալիներ և արժեքներ, տիպեր, ամսաթվեր, id-ներ)',
    ru: 'Все проверки по схеме (неизвестные ключи и значения, типы, даты, id)',
  },
} satisfies Record<string, Localized>;

function directives(doc: StrategyDocument, start: number, end: number, firstLine: boolean, locale: Locale): CompletionEntry[] {
  const placeholders = `\${1:rule-id} -- \${2:${TEXT.why[locale]}}`;
  const out: CompletionEntry[] = [
    {
      label: '# smm-disable-next-line',
      kind: 'snippet',
      detail: TEXT.nextLine[locale],
      documentation: TEXT.nextLineDoc[locale],
      insertText: `# smm-disable-next-line ${placeholders}`,
      snippet: true,
      sortText: 'zz1',
      filterText: '# smm-disable-next-line',
      start,
      end,
    },
    {
      label: '# smm-disable',
      kind: 'snippet',
      detail: TEXT.file[locale],
      documentation: TEXT.fileDoc[locale],
      insertText: `# smm-disable ${placeholders}`,
      snippet: true,
      sortText: 'zz2',
      filterText: '# smm-disable',
      start,
      end,
    },
  ];
  if (firstLine && !doc.text.includes('yaml-language-server: $schema=')) {
    out.unshift({
      label: '# yaml-language-server: $schema=…',
      kind: 'snippet',
      detail: TEXT.modeline[locale],
      documentation: TEXT.modelineDoc[locale],
      insertText: `# yaml-language-server: $schema=${SCHEMA_URL}`,
      snippet: false,
      sortText: 'zz0',
      filterText: '# yaml-language-server',
      start,
      end,
    });
  }
  return out;
}

/** Rule ids after `smm-disable`, with each rule's one-line description. `syntax` cannot be silenced. */
function ruleIds(start: number, end: number, locale: Locale): CompletionEntry[] {
  const ids = [...RULES.map((r) => ({ id: r.id, detail: r.description[locale] })), { id: 'schema*', detail: TEXT.everySchemaCheck[locale] }];
  return ids.map((r, i) => ({
    label: r.id,
    kind: 'value' as const,
    detail: r.detail,
    insertText: r.id,
    snippet: false,
    sortText: String(i).padStart(3, '0'),
    start,
    end,
  }));
}
