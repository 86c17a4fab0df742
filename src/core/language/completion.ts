import type { Locale } from '../i18n/locale';
import { localizedSchema } from '../i18n/schemaText';
import type { Path } from '../syntax/ast';
import type { StrategyDocument } from '../model/document';
import { text } from '../model/read';
import { referenceTargetAt } from '../model/references';
import { canonicalNetwork } from '../model/sections';
import { documentationAt, enumAt, propertiesAt, requiredAt, schemasAt, type JsonSchema } from '../schema/navigate';
import { commentCompletions } from './comments';
import { cursorContext, type CursorContext } from './cursor';
import { styleOf } from './skeletons';
import { renderYamlAt, snippetToPlain } from './snippetYaml';
import { liveDates, snippetsAt, templateSnippet, type Snippet, type SnippetDates } from './snippets';

/** What a completion inserts, so the editor can pick an icon. */
export type CompletionKind = 'property' | 'value' | 'enum' | 'reference' | 'snippet';

/**
 * One completion proposal. It replaces `[start, end)` (UTF-16 offsets, on the cursor's line) with
 * `insertText`, which is snippet syntax (`$0`, `${1:placeholder}`) when `snippet` is true. Multi-line
 * texts carry their full indentation: insert them as they are.
 */
export interface CompletionEntry {
  readonly label: string;
  readonly kind: CompletionKind;
  /** A short plain-text line shown beside the label: a key's title, a value's label, an id's name. */
  readonly detail?: string;
  /** Markdown from the schema or a snippet's preview (trusted: it ships with the extension). */
  readonly documentation?: string;
  readonly start: number;
  readonly end: number;
  readonly insertText: string;
  readonly snippet: boolean;
  /** Orders the list: required keys first, then schema order. */
  readonly sortText: string;
  /** The text typed characters are matched against, when it differs from the label. */
  readonly filterText?: string;
  /** Open the suggestions again after inserting: the value just started has choices. */
  readonly retrigger?: boolean;
  /** Edits elsewhere on the cursor's line that go with this one (never overlapping `[start, end)`). */
  readonly additionalEdits?: readonly { readonly start: number; readonly end: number; readonly newText: string }[];
}

export interface CompletionOptions {
  /** The language of details, documentation and snippet text: the file's message language. Default English. */
  readonly locale?: Locale;
  /** The day snippets count their dates from. Default: now. */
  readonly today?: Date;
}

/**
 * The completions at `offset` of a strategy file: keys valid there (not yet present, required ones
 * first), enum values, ids where a reference is expected, and the block snippets where a list
 * item or a section's value is expected, all explained in `options.locale`. Works on half-typed
 * YAML (see `cursorContext`). Where nothing fits the list is empty.
 * @example completionsAt(new StrategyDocument('channels:\n  - network: '), 23).map((c) => c.label) // ['facebook', 'instagram', …]
 */
export function completionsAt(doc: StrategyDocument, offset: number, options: CompletionOptions = {}): CompletionEntry[] {
  const locale = options.locale ?? 'en';
  const comments = commentCompletions(doc, offset, locale);
  // In a comment, only the comments the extension understands make sense.
  if (comments?.inComment) return comments.entries;
  const cx = cursorContext(doc, offset);
  const at: Place = { doc, cx, out: new Proposals(cx), locale, docs: localizedSchema(locale), dates: liveDates(options.today ?? new Date()) };
  switch (cx.kind) {
    case 'key':
      keyPlace(at);
      break;
    case 'item':
      itemPlace(at);
      break;
    case 'value':
      valuePlace(at);
      break;
    case 'none':
      break;
  }
  // On a blank line, the suppression comments come last, after everything the schema offers.
  return comments ? [...at.out.list, ...comments.entries] : at.out.list;
}

/** One request: where the cursor is, what is proposed so far, and the language to explain it in. */
interface Place {
  readonly doc: StrategyDocument;
  readonly cx: CursorContext;
  readonly out: Proposals;
  readonly locale: Locale;
  /** The schema with its texts in `locale`: where titles and descriptions are read. */
  readonly docs: JsonSchema;
  readonly dates: SnippetDates;
}

/** Collects proposals, dropping a second one with the same label (one list, no duplicates). */
class Proposals {
  readonly list: CompletionEntry[] = [];
  readonly #labels = new Set<string>();

  constructor(private readonly cx: CursorContext) {}

  /** Adds a proposal replacing the word under the cursor, or the span `range` around the cursor. */
  add(entry: Omit<CompletionEntry, 'start' | 'end'>, range: { start: number; end: number } = this.cx): void {
    if (this.#labels.has(entry.label)) return;
    this.#labels.add(entry.label);
    this.list.push({ ...entry, start: range.start, end: range.end });
  }
}

// ---------------------------------------------------------------------------------------------
// Places

/** A key of the mapping at `cx.path`, or — when that value is a list still being written — an item. */
function keyPlace(at: Place): void {
  const { cx } = at;
  const shape = shapeAt(cx.path);
  const unwritten = cx.presentKeys.length === 0 && !cx.hasColon && !cx.flow;
  if (unwritten && cx.path.length > 0 && (shape === 'list' || shape === 'objectList')) {
    // `goals:` with the cursor on the next line: items are written `- …`.
    const itemPath = [...cx.path, cx.items];
    if (shape === 'objectList') {
      itemSnippets(at, cx.path, cx.indent + 2, '- ', 0);
      itemKeys(at, itemPath, [], { indent: cx.indent + 2, flow: false, hasColon: false, prefix: '- ' }, 1);
    } else {
      choices(at, itemPath, cx.siblings, { before: '- ' });
    }
    return;
  }
  if (unwritten && cx.path.length > 0 && shape === 'scalar' && cx.items === 0) {
    // A value on the line below its key (`network:\n  instagram`) is valid YAML too.
    choices(at, cx.path, [], {});
    return;
  }
  if (cx.flow) emptySectionSnippets(at, cx.path);
  itemKeys(at, cx.path, cx.presentKeys, { indent: cx.indent, flow: cx.flow, hasColon: cx.hasColon, prefix: '' }, 1);
  if (cx.path.length === 0 && cx.presentKeys.length === 0 && cx.indent === 0 && !cx.flow) {
    // An empty file: the whole new strategy.
    const template = templateSnippet(at.locale, at.dates, styleOf(at.doc));
    addSnippet(at, template, template.body, '0000');
  }
}

/** A list item: after `- ` or inside `[ ]`. */
function itemPlace(at: Place): void {
  const { cx } = at;
  const shape = shapeAt(cx.path);
  if (shape === 'object') {
    if (cx.flow) return emptySectionSnippets(at, cx.path.slice(0, -1));
    itemSnippets(at, cx.path.slice(0, -1), cx.indent, '', 0);
    itemKeys(at, cx.path, [], { indent: cx.indent, flow: false, hasColon: false, prefix: '' }, 1);
    return;
  }
  choices(at, cx.path, cx.siblings, {});
}

/** The value after `key: `. */
function valuePlace(at: Place): void {
  const { doc, cx } = at;
  const shape = shapeAt(cx.path);
  // `network:|` — the value needs its space.
  const gap = doc.text[cx.start - 1] === ':' ? ' ' : '';
  if (shape === 'scalar') {
    choices(at, cx.path, [], { before: gap });
    return;
  }
  if (shape === 'list') {
    choices(at, [...cx.path, 0], [], { before: `${gap}[`, after: ']' });
    return;
  }
  if (cx.flow || cx.prefix !== '') return;
  // An object or a list of objects: the block snippets, on the lines below the key.
  const style = styleOf(doc);
  if (shape === 'objectList') {
    const dash = cx.indent + (style.indentSequences ? style.indent : 0);
    itemSnippets(at, cx.path, dash + 2, `\n${spaces(dash)}- `, 0);
    return;
  }
  const inner = cx.indent + style.indent;
  for (const [i, s] of snippetsAt(cx.path, at.locale, at.dates).entries()) {
    if (isPlainObject(s.body)) addSnippet(at, s, `\n${spaces(inner)}${renderYamlAt(s.body, inner, style)}`, `0${pad(i)}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Proposals

/** The keys of the mapping at `path` that are not in `present`, required first, in schema order. */
function itemKeys(
  at: Place, path: Path, present: readonly string[], where: { indent: number; flow: boolean; hasColon: boolean; prefix: string }, group: number,
): void {
  const required = requiredAt(path);
  let i = 0;
  for (const key of propertiesAt(path).keys()) {
    i++;
    if (present.includes(key)) continue;
    const valuePath = [...path, key];
    const docs = documentationAt(valuePath, at.docs);
    const insert = keyInsert(key, valuePath, where);
    at.out.add({
      label: where.prefix + key,
      kind: 'property',
      ...(docs.title ? { detail: docs.title } : {}),
      ...(docs.markdown ? { documentation: docs.markdown } : {}),
      insertText: where.prefix + insert.text,
      snippet: insert.snippet,
      sortText: `${group}${required.has(key) ? 0 : 1}${pad(i)}`,
      ...(where.prefix ? { filterText: key } : {}),
      ...(insert.retrigger ? { retrigger: true } : {}),
    });
  }
}

/** What typing a key inserts: `key: `, or the start of its block value. */
function keyInsert(key: string, path: Path, at: { indent: number; flow: boolean; hasColon: boolean }): { text: string; snippet: boolean; retrigger?: boolean } {
  if (at.hasColon) return { text: key, snippet: false };
  const shape = shapeAt(path);
  const constant = schemasAt(path).find((s) => s.const !== undefined)?.const;
  if (shape === 'scalar' && (typeof constant === 'number' || typeof constant === 'string')) return { text: `${key}: ${constant}`, snippet: false };
  const retrigger = hasChoices(shape === 'list' ? [...path, 0] : path);
  switch (shape) {
    case 'object':
      return at.flow ? { text: `${key}: {$0}`, snippet: true } : { text: `${key}:\n${spaces(at.indent + 2)}$0`, snippet: true };
    case 'objectList':
      return at.flow ? { text: `${key}: [$0]`, snippet: true } : { text: `${key}:\n${spaces(at.indent + 2)}- $0`, snippet: true };
    case 'list':
      return { text: `${key}: [$0]`, snippet: true, ...(retrigger ? { retrigger } : {}) };
    case 'scalar':
      return { text: `${key}: `, snippet: false, ...(retrigger ? { retrigger } : {}) };
  }
}

/** A value the schema or the file allows at a place. */
interface Choice {
  readonly value: string;
  readonly kind: 'enum' | 'value' | 'reference';
  readonly detail?: string;
  readonly documentation?: string;
}

/**
 * The values allowed at `path`: the ids of the section the reference names (only those: an
 * audience list offers audiences, never a pillar of the same name), the enum (aliases left out)
 * with each value's label, a constant, or true/false.
 */
function choicesAt(at: Place, path: Path): Choice[] {
  const target = referenceTargetAt(path);
  if (target) {
    return [...at.doc.definitions(target)].map(([id, nodes]) => {
      const item = nodes[0] && at.doc.definingItem(nodes[0]);
      const name = text(item, 'name') ?? text(item, 'title');
      return { value: id, kind: 'reference' as const, ...(name ? { detail: oneLine(name) } : {}) };
    });
  }
  const schemas = schemasAt(path);
  const out: Choice[] = enumAt(path, at.docs)
    // `twitter` is accepted for old files; new text should say `x`.
    .filter((e) => canonicalNetwork(e.value) === e.value || !isNetwork(schemas))
    .map((e) => ({
      value: e.value,
      kind: 'enum' as const,
      // A label that only repeats the value (`Instagram` for instagram) says nothing new.
      ...(e.label && e.label.toLowerCase() !== e.value.replace(/_/g, ' ') ? { detail: e.label } : {}),
      ...(e.doc ? { documentation: e.doc } : {}),
    }));
  const constant = schemas.find((s) => s.const !== undefined)?.const;
  if (typeof constant === 'number' || typeof constant === 'string') out.push({ value: String(constant), kind: 'value' });
  if (schemas.some((s) => typeOf(s).includes('boolean'))) out.push({ value: 'true', kind: 'value' }, { value: 'false', kind: 'value' });
  return out;
}

function hasChoices(path: Path): boolean {
  if (referenceTargetAt(path)) return true;
  const schemas = schemasAt(path);
  return enumAt(path).length > 0 || schemas.some((s) => s.const !== undefined || typeOf(s).includes('boolean'));
}

function isNetwork(schemas: readonly JsonSchema[]): boolean {
  return schemas.some((s) => s.enum?.includes('twitter'));
}

function choices(at: Place, path: Path, exclude: readonly string[], wrap: { before?: string; after?: string }): void {
  choicesAt(at, path).forEach((c, i) => {
    if (exclude.includes(c.value)) return;
    const insertText = `${wrap.before ?? ''}${c.value}${wrap.after ?? ''}`;
    at.out.add({
      label: c.value,
      kind: c.kind,
      ...(c.detail ? { detail: c.detail } : {}),
      ...(c.documentation ? { documentation: c.documentation } : {}),
      insertText,
      snippet: false,
      sortText: `0${pad(i)}`,
      ...(insertText !== c.value ? { filterText: c.value } : {}),
    });
  });
}

/**
 * The snippets for one item of the list at `listPath` (a list's snippets have a list body; its
 * first element is the item), written after `lead`, with the item's keys at column `indent`.
 */
function itemSnippets(at: Place, listPath: Path, indent: number, lead: string, group: number): void {
  snippetsAt(listPath, at.locale, at.dates).forEach((s, i) => {
    const item = Array.isArray(s.body) ? s.body[0] : undefined;
    if (!isPlainObject(item)) return;
    addSnippet(at, s, lead + renderYamlAt(item, indent, styleOf(at.doc)), `${group}${pad(i)}`);
  });
}

/**
 * Inside the empty `[]` or `{}` of a section (`goals: []`, as a new strategy writes them): the
 * section's snippets, written as a block below the key. The brackets go: the cursor's side of
 * them is replaced, the other side is an additional edit, so the list stays filtered by nothing.
 */
function emptySectionSnippets(at: Place, path: Path): void {
  const section = path.length === 1 ? path[0] : undefined;
  if (typeof section !== 'string') return;
  const { doc, cx } = at;
  const offset = cx.start;
  const line = doc.lines.positionAt(offset).line;
  const lineStart = doc.lines.lineStart(line);
  const empty = /^([\w-]+):([ \t]*)(\[[ \t]*\]|\{[ \t]*\})/.exec(doc.lines.lineText(line));
  if (!empty || empty[1] !== section || cx.end !== offset) return;
  const colon = lineStart + section.length + 1;
  const open = colon + empty[2]!.length;
  const close = open + empty[3]!.length;
  if (offset <= open || offset >= close) return;
  const style = styleOf(doc);
  const deleteBefore = { start: colon, end: offset, newText: '' };
  snippetsAt(path, at.locale, at.dates).forEach((s, i) => {
    const list = Array.isArray(s.body);
    const dash = list && style.indentSequences ? style.indent : 0;
    const body = list ? s.body[0] : s.body;
    if (!isPlainObject(body)) return;
    const text = list ? `\n${spaces(dash)}- ${renderYamlAt(body, dash + 2, style)}` : `\n${spaces(style.indent)}${renderYamlAt(body, style.indent, style)}`;
    addSnippet(at, s, text, `0${pad(i)}`, { start: offset, end: close }, [deleteBefore]);
  });
}

function addSnippet(
  at: Place, s: Snippet, body: string, sortText: string, range?: { start: number; end: number },
  additionalEdits?: CompletionEntry['additionalEdits'],
): void {
  at.out.add({
    label: s.label,
    kind: 'snippet',
    detail: s.description,
    // The text as it will read, without the line break that takes a block below its key.
    documentation: '```yaml\n' + snippetToPlain(body).replace(/^\r?\n/, '') + '\n```',
    insertText: body,
    snippet: true,
    sortText,
    // Keys are typed in English whatever the file's language: let either name find the snippet.
    ...(s.label !== s.englishLabel ? { filterText: `${s.englishLabel} ${s.label}` } : {}),
    ...(additionalEdits ? { additionalEdits } : {}),
  }, range);
}

// ---------------------------------------------------------------------------------------------
// Schema helpers

type Shape = 'object' | 'objectList' | 'list' | 'scalar';

/** Whether the value at `path` is a mapping, a list of mappings, a list of scalars or a scalar. */
function shapeAt(path: Path): Shape {
  const schemas = schemasAt(path);
  if (schemas.some(isObjectSchema)) return 'object';
  if (schemas.some((s) => typeOf(s).includes('array') || s.items !== undefined)) {
    return schemasAt([...path, 0]).some(isObjectSchema) ? 'objectList' : 'list';
  }
  return 'scalar';
}

function isObjectSchema(s: JsonSchema): boolean {
  return typeOf(s).includes('object') || s.properties !== undefined;
}

function typeOf(s: JsonSchema): readonly string[] {
  return s.type === undefined ? [] : typeof s.type === 'string' ? [s.type] : s.type;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function spaces(n: number): string {
  return ' '.repeat(Math.max(0, n));
}

function pad(n: number): string {
  return String(n).padStart(3, '0');
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
