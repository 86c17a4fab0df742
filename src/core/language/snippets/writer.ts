import type { Locale, Localized } from '../../i18n/locale';
import type { Path } from '../../syntax/ast';
import { enumAt } from '../../schema/navigate';
import { escapeSnippet } from '../snippetYaml';
import type { SnippetDates } from './dates';

/**
 * Writes the strings of one snippet body: tab stops numbered in the order they are written,
 * defaults in the snippet's language, dates by role. A body is JSON-like data whose strings are
 * snippet text (`${1:goal-id}`); `renderYaml` (`snippetYaml.ts`) writes it as YAML.
 */
export class SnippetWriter {
  #next = 1;

  constructor(
    readonly locale: Locale,
    readonly dates: SnippetDates,
  ) {}

  /** A tab stop with a default: literal text, a number, or a text in the snippet's language. */
  tab(value: string | number | Localized): string {
    return `\${${this.#next++}:${this.#literal(value)}}`;
  }

  /** A tab stop whose default is a date (`today`, …): real, or the editor's date variables. */
  date(role: keyof SnippetDates): string {
    return `\${${this.#next++}:${this.dates[role]}}`;
  }

  /** A tab stop offering the values the schema allows at `path`, the first as the default. */
  choice(path: Path): string {
    return this.options(enumAt(path).map((e) => e.value));
  }

  /** A tab stop offering `values`, the first as the default. */
  options(values: readonly string[]): string {
    return `\${${this.#next++}|${values.map((v) => v.replace(/[,|\\$}]/g, (c) => `\\${c}`)).join(',')}|}`;
  }

  /** The same text as an earlier tab stop (`tab` returned it), typed once for both. */
  mirror(tabStop: string): string {
    const n = /^\$\{(\d+)[:|]/.exec(tabStop)?.[1];
    if (n === undefined) throw new Error(`not a tab stop: ${tabStop}`);
    return `\${${n}}`;
  }

  /** Fixed text (no tab stop) in the snippet's language. */
  text(value: string | Localized): string {
    return this.#literal(value);
  }

  #literal(value: string | number | Localized): string {
    if (typeof value === 'number') return String(value);
    return escapeSnippet(typeof value === 'string' ? value : value[this.locale]);
  }
}
