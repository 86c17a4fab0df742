import { enumLabelAt, fieldTitle } from '../i18n/schemaText';
import { format, type Locale, type Localized, type MessageArgs } from '../i18n/locale';
import { plural, type PluralForms } from '../i18n/plural';
import type { LintResult } from '../lint';
import type { StrategyDocument } from '../model/document';
import { bool, num, strings, text } from '../model/read';
import { referenceTargetAt } from '../model/references';
import { canonicalNetwork, type IdSection, type SectionKey } from '../model/sections';
import { child, type MapNode, type Node } from '../syntax/ast';
import { countryName, formatDate, formatNumber, languageName } from './format';
import { TEXT } from './labels';
import { badges, problemsBySection, type IndexedProblem, type ProblemPlace } from './problems';
import { md, type ListItem, type PlanWriter } from './writer';

export type Path = readonly (string | number)[];

/** How a field's value is shown. */
export type FieldKind =
  | 'text' | 'texts' | 'enum' | 'enums' | 'number' | 'date' | 'bool' | 'ref' | 'refs' | 'url' | 'countries' | 'languages' | 'age';

/** One field of a mapping to show as `**Title:** value`. */
export type FieldSpec = readonly [key: string, kind: FieldKind];

/** Schemes a URL field may link with; anything else is shown as text. */
const LINKABLE = /^(?:https?:\/\/|mailto:)[^\s<>"'`\\]+$/i;

const SEVERITY_ICON = { error: '✖', warning: '⚠', info: 'ℹ' } as const;

/**
 * What every part of the plan needs while it writes: the document, the locale, the writer, the
 * problems by section, and readers that turn YAML values into escaped, localised markdown.
 * Readers accept any shape (a half-written file is the normal case) and answer undefined for
 * what they cannot show.
 */
export class RenderContext {
  readonly doc: StrategyDocument;
  readonly locale: Locale;
  readonly problems: ReadonlyMap<ProblemPlace, readonly IndexedProblem[]>;
  /** The line of the file's first key: where problems about missing parts are reported. */
  readonly anchorLine: number;
  readonly #items = new Map<IdSection, Map<string, MapNode>>();

  constructor(readonly result: LintResult, readonly w: PlanWriter) {
    this.doc = result.document;
    this.locale = result.locale;
    this.problems = problemsBySection(result);
    this.anchorLine = this.doc.lines.positionAt(this.doc.fileAnchor().start).line;
  }

  /** The 0-based source line of a node, or `fallback` (the file anchor) when there is none. */
  line(node: Node | undefined, fallback = this.anchorLine): number {
    return node ? this.doc.lines.positionAt(node.start).line : fallback;
  }

  /** One of the renderer's own texts, filled and escaped. */
  t(message: Localized, args?: MessageArgs): string {
    return md(format(message, this.locale, args));
  }

  /** A counted phrase: the form that agrees with `count` (`5 ошибок`), with `{count}` filled in. */
  count(forms: Localized<PluralForms>, count: number): string {
    return md(plural(forms, this.locale, count).replace('{count}', formatNumber(count, this.locale)));
  }

  /** The schema's title of the field at `path`, in the plan's language. */
  title(path: Path): string {
    const last = path[path.length - 1];
    return md(fieldTitle(path, this.locale) ?? String(last ?? ''));
  }

  /** `**Title:** value` items for the fields of `node` that have something to show. */
  fields(node: Node | undefined, path: Path, specs: readonly FieldSpec[]): ListItem[] {
    const out: ListItem[] = [];
    for (const [key, kind] of specs) {
      const at = [...path, key];
      const shown = this.value(node, at, kind);
      if (shown !== undefined) out.push({ text: `**${this.title(at)}:** ${shown}`, line: this.line(child(node, key)) });
    }
    return out;
  }

  /**
   * The value at `path`'s last key of `node` as escaped markdown, or undefined when it is absent
   * or blank. A value of the wrong type that is still a scalar is shown as written.
   */
  value(node: Node | undefined, path: Path, kind: FieldKind): string | undefined {
    const key = String(path[path.length - 1]);
    const value = child(node, key);
    if (!value) return undefined;
    const shown = this.#typed(node, key, path, kind);
    if (shown !== undefined && shown !== '') return shown;
    return value.kind === 'scalar' && value.value !== null && String(value.value).trim() !== '' ? md(String(value.value)) : undefined;
  }

  #typed(node: Node | undefined, key: string, path: Path, kind: FieldKind): string | undefined {
    const { locale } = this;
    const list = (values: readonly string[]) => (values.length ? values.join(', ') : undefined);
    switch (kind) {
      case 'text':
        return mdOrUndefined(text(node, key));
      case 'texts':
        return list(strings(node, key).map(md));
      case 'enum': {
        const v = text(node, key);
        return v === undefined ? undefined : this.enumLabel(path, v);
      }
      case 'enums':
        return list(strings(node, key).map((v) => this.enumLabel([...path, 0], v)));
      case 'number': {
        const n = num(node, key);
        return n === undefined ? undefined : md(formatNumber(n, locale));
      }
      case 'date': {
        const v = text(node, key);
        return v === undefined ? undefined : md(formatDate(v, locale));
      }
      case 'bool': {
        const b = bool(node, key);
        return b === undefined ? undefined : this.t(b ? TEXT.yes : TEXT.no);
      }
      case 'ref': {
        const v = text(node, key);
        const target = referenceTargetAt(path);
        return v === undefined ? undefined : target ? this.nameOf(target, v) : md(v);
      }
      case 'refs': {
        const target = referenceTargetAt([...path, 0]);
        return list(strings(node, key).map((v) => (target ? this.nameOf(target, v) : md(v))));
      }
      case 'url':
        return mdOrUndefined(text(node, key), link);
      case 'countries':
        return list(strings(node, key).map((v) => md(countryName(v.trim(), locale))));
      case 'languages':
        return list(strings(node, key).map((v) => md(languageName(v.trim(), locale))));
      case 'age': {
        const age = child(node, key);
        const min = num(age, 'min');
        const max = num(age, 'max');
        if (min === undefined && max === undefined) return undefined;
        return md(`${min === undefined ? '…' : formatNumber(min, locale)}–${max === undefined ? '…' : formatNumber(max, locale)}`);
      }
    }
  }

  /** The short label of an enum value at `path`; a value the schema does not know is shown as written. */
  enumLabel(path: Path, value: string): string {
    return md(enumLabelAt(path, value, this.locale) ?? value);
  }

  /** A social network's name (`twitter` is X). */
  network(value: string): string {
    return this.enumLabel(['channels', 0, 'network'], canonicalNetwork(value.trim()));
  }

  /** The item of `section` with this id (the first one, when an id is duplicated). */
  item(section: IdSection, id: string): MapNode | undefined {
    let byId = this.#items.get(section);
    if (!byId) {
      byId = new Map();
      for (const item of this.doc.items(section)) {
        const own = text(item, 'id');
        if (own !== undefined && !byId.has(own)) byId.set(own, item);
      }
      this.#items.set(section, byId);
    }
    return byId.get(id);
  }

  /** What a reader calls the item an id names: its name (a goal's title, a channel's network and handle), else the id. */
  nameOf(section: IdSection, id: string): string {
    const item = this.item(section, id);
    return item ? this.itemName(section, item) ?? md(id) : md(id);
  }

  /** The human name of an item, as escaped markdown. */
  itemName(section: IdSection, item: MapNode): string | undefined {
    if (section === 'channels') {
      const network = text(item, 'network');
      const label = text(item, 'name') ?? text(item, 'handle');
      const parts = [network ? this.network(network) : undefined, label ? md(label) : undefined].filter(Boolean);
      return parts.length ? parts.join(' · ') : mdOrUndefined(text(item, 'id'));
    }
    const name = section === 'goals' ? text(item, 'title') ?? text(item, 'name') : text(item, 'name') ?? text(item, 'title');
    return mdOrUndefined(name ?? text(item, 'id'));
  }

  /**
   * The problems of one section, under its heading: a badge per severity (a count, linking to the
   * first problem of that severity), with the problems themselves inside it, each linking to
   * itself. `data-problem` is the index in `LintResult.problems`.
   */
  writeProblems(place: ProblemPlace): void {
    const list = this.problems.get(place);
    if (!list?.length) return;
    this.w.list(badges(list).map(({ severity, count, first }) => ({
      text: `**${SEVERITY_ICON[severity]} ${this.count(TEXT.severity[severity], count)}**`,
      line: first.problem.range.start.line,
      attrs: { class: `smm-badge smm-${severity}`, 'data-problem': String(first.index) },
      children: list.filter((p) => p.problem.severity === severity).map((p) => this.problemItem(p)),
    })), { class: 'smm-problems' });
  }

  /** One problem as a list item: where it is and what it says. */
  problemItem({ index, problem }: IndexedProblem): ListItem {
    return {
      text: `${this.t(TEXT.lineNumber, { line: problem.range.start.line + 1 })}: ${md(problem.message)}`,
      line: problem.range.start.line,
      attrs: { class: `smm-problem smm-${problem.severity}`, 'data-problem': String(index) },
    };
  }

  /**
   * The heading of the part of the plan that shows section `key`, marked with `data-section` (what
   * the preview and its tests find it by) and stamped with the key's line (else the file anchor),
   * followed by the section's problems. Returns the section's value.
   */
  section(level: 2 | 3, key: SectionKey, heading: string): Node | undefined {
    const pair = this.doc.sectionPair(key);
    this.part(level, key, heading, this.line(pair?.key));
    this.writeProblems(key);
    return pair?.value;
  }

  /** The heading of a part of the plan that no one section holds (content, the matrix…), marked with `data-section`. */
  part(level: 2 | 3, name: string, heading: string, line: number): void {
    this.w.heading(level, heading, line, { class: 'smm-section', 'data-section': name });
  }

  /** The muted line shown where a section has nothing written yet. */
  missing(line: number): void {
    this.w.paragraph(`*${this.t(TEXT.notWritten)}*`, line, { class: 'smm-missing' });
  }
}

function mdOrUndefined(value: string | undefined, as: (v: string) => string = md): string | undefined {
  return value === undefined ? undefined : as(value);
}

/** A URL field as a link when it is an http(s) or mailto address, else as plain text. */
function link(value: string): string {
  const url = value.trim();
  return LINKABLE.test(url) ? `[${md(url)}](<${url}>)` : md(url);
}
