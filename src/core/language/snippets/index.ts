import { LOCALES, type Locale } from '../../i18n/locale';
import { isSectionKey } from '../../model/sections';
import type { Path } from '../../syntax/ast';
import { DEFAULT_STYLE, type YamlStyle } from '../skeletons';
import { escapeSnippet, renderYaml, snippetToPlain } from '../snippetYaml';
import { liveDates, VARIABLE_DATES, type SnippetDates } from './dates';
import { SECTION_SNIPPETS } from './sections';
import { strategyTemplate } from './template';
import { SnippetWriter } from './writer';

/**
 * The one source of the text the extension writes for the user: section snippets (completion),
 * section skeletons (quick fixes), the new strategy file (the New Strategy command, completion in
 * an empty file) and, written with the editor's date variables, the snippets shipped as files:
 * `snippets/smm.code-snippets` and the schema's `defaultSnippets` (`scripts/generate-snippets.ts`).
 * Everything is written in the file's language, and no date lies in the past.
 */

export { isoDate, liveDates, VARIABLE_DATES, type SnippetDates } from './dates';
export { SCHEMA_URL } from './template';

/** One snippet in one language: body strings are snippet text (`${1:goal-id}`). */
export interface Snippet {
  readonly label: string;
  /** What `label` is in English, for matching what a user types (keys are English). */
  readonly englishLabel: string;
  readonly description: string;
  readonly body: unknown;
}

/**
 * The snippets for the value at `path`: a top-level section's, in `locale`, best first. Only
 * sections have snippets.
 * @example snippetsAt(['goals'], 'ru', liveDates(new Date()))[0]?.label // 'цель'
 */
export function snippetsAt(path: Path, locale: Locale, dates: SnippetDates): Snippet[] {
  const section = path.length === 1 ? path[0] : undefined;
  if (typeof section !== 'string' || !isSectionKey(section)) return [];
  return (SECTION_SNIPPETS[section] ?? []).map((s) => ({
    label: s.label[locale],
    englishLabel: s.label.en,
    description: s.description[locale],
    body: s.body(new SnippetWriter(locale, dates)),
  }));
}

/**
 * A section's skeleton, what a quick fix inserts for it: its first snippet's body (a mapping, or
 * a one-item list), so the fix and completion cannot disagree. Undefined for a section without one.
 */
export function skeletonBody(section: string, locale: Locale, dates: SnippetDates = liveDates(new Date())): unknown {
  return snippetsAt([section], locale, dates)[0]?.body;
}

/** The label and description of the new-strategy snippet, in every language. */
const TEMPLATE_TEXT = {
  label: { en: 'New SMM strategy', hy: 'Նոր SMM ռազմավարություն', ru: 'Новая стратегия SMM' },
  description: {
    en: "A new strategy: the article's four questions to answer, in order.",
    hy: 'Նոր ռազմավարություն՝ հոդվածի չորս հարցերը, որոնց պետք է հերթով պատասխանել։',
    ru: 'Новая стратегия: четыре вопроса статьи, на которые нужно ответить по порядку.',
  },
  brand: { en: 'Brand name', hy: 'Ապրանքանիշի անունը', ru: 'Название бренда' },
} as const;

/**
 * The new strategy file as snippet text, the brand name a tab stop. What completion offers in an
 * empty file and what "Snippets: Fill File with Snippet" offers (the shipped file templates).
 */
export function templateSnippet(locale: Locale, dates: SnippetDates, style: YamlStyle = DEFAULT_STYLE): Snippet & { readonly body: string } {
  const w = new SnippetWriter(locale, dates);
  return {
    label: TEMPLATE_TEXT.label[locale],
    englishLabel: TEMPLATE_TEXT.label.en,
    description: TEMPLATE_TEXT.description[locale],
    body: renderTemplate(w, w.tab(TEMPLATE_TEXT.brand), style),
  };
}

/**
 * A new strategy file for `brand` in `locale`, as plain text with real dates from `today`: what
 * "SMM: New Strategy" writes.
 * @example newStrategyText('hy', 'Kumayri', new Date(2026, 11, 6)).includes('locale: hy') // true
 */
export function newStrategyText(locale: Locale, brand: string, today: Date): string {
  const w = new SnippetWriter(locale, liveDates(today));
  return snippetToPlain(renderTemplate(w, escapeSnippet(brand), DEFAULT_STYLE), today);
}

/**
 * What other YAML tools offer: the schema's `defaultSnippets` of each section, and of the root a
 * new file with one goal, audience, channel and value to fill in (those tools have no quick fix
 * to write them), in English with the editor's date variables.
 */
export function schemaDefaultSnippets(): { readonly root: SchemaSnippet[]; readonly sections: Readonly<Record<string, SchemaSnippet[]>> } {
  const schemaSnippet = (s: Snippet): SchemaSnippet => ({ label: s.englishLabel, description: s.description, body: s.body });
  const sections = Object.fromEntries(Object.keys(SECTION_SNIPPETS).map((key) => [key, snippetsAt([key], 'en', VARIABLE_DATES).map(schemaSnippet)]));
  // One writer for the whole file, so its tab stops are numbered through.
  const w = new SnippetWriter('en', VARIABLE_DATES);
  const template = strategyTemplate(w, w.tab(TEMPLATE_TEXT.brand.en));
  const body = Object.fromEntries(template.sections.map((s) => {
    const first = isSectionKey(s.key) ? SECTION_SNIPPETS[s.key]?.[0] : undefined;
    const empty = Array.isArray(s.value) ? s.value.length === 0 : typeof s.value === 'object' && s.value !== null && Object.keys(s.value).length === 0;
    return [s.key, empty && first ? first.body(w) : s.value];
  }));
  return { root: [{ label: TEMPLATE_TEXT.label.en, description: TEMPLATE_TEXT.description.en, body }], sections };
}

export interface SchemaSnippet {
  readonly label: string;
  readonly description: string;
  readonly body: unknown;
}

/**
 * The shipped file templates, one per language, as a `.code-snippets` object: no prefix, so they
 * are offered by "Snippets: Fill File with Snippet" and in an empty file, never while typing.
 */
export function fileTemplateSnippets(): Record<string, { readonly isFileTemplate: true; readonly description: string; readonly body: string[] }> {
  return Object.fromEntries(LOCALES.map((locale) => {
    const t = templateSnippet(locale, VARIABLE_DATES);
    return [`${t.label} (${LANGUAGE_NAMES[locale]})`, { isFileTemplate: true, description: t.description, body: t.body.split('\n') }] as const;
  }));
}

/** Each language in its own name, to tell the templates apart in one list. */
const LANGUAGE_NAMES: Readonly<Record<Locale, string>> = { en: 'English', hy: 'Հայերեն', ru: 'Русский' };

/** The template as YAML: header comments, then each section with the comments above it, then the footer. */
function renderTemplate(w: SnippetWriter, brand: string, style: YamlStyle): string {
  const template = strategyTemplate(w, brand);
  const lines = [`# ${template.modeline}`];
  const add = (more: readonly string[]) => {
    for (const line of more) lines.push(line);
  };
  add(template.header.flatMap(wrapComment));
  for (const section of template.sections) {
    if (section.comments) add(['', ...section.comments.flatMap(wrapComment)]);
    add(renderYaml({ [section.key]: section.value }, 0, style));
  }
  add(['', ...template.footer.flatMap(wrapComment), `# ${template.directive}`]);
  return lines.join(style.eol) + style.eol;
}

/** A comment, wrapped at word boundaries so that lines stay readable without scrolling. */
function wrapComment(text: string): string[] {
  const lines: string[] = [];
  let line = '#';
  for (const word of text.split(' ')) {
    if (line.length > 1 && line.length + 1 + word.length > COMMENT_WIDTH) {
      lines.push(line);
      line = '#  ';
    }
    line += line.endsWith(' ') ? word : ` ${word}`;
  }
  lines.push(line);
  return lines;
}

const COMMENT_WIDTH = 80;
