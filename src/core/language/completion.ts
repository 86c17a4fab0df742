import type { Path } from '../syntax/ast';
import type { StrategyDocument } from '../model/document';
import { text } from '../model/read';
import { referenceTargetAt } from '../model/references';
import { canonicalNetwork } from '../model/sections';
import { documentationAt, enumAt, propertiesAt, requiredAt, schemasAt, STRATEGY_SCHEMA, type JsonSchema } from '../schema/navigate';
import { commentCompletions } from './comments';
import { cursorContext, type CursorContext } from './cursor';
import { styleOf } from './skeletons';
import { renderYamlAt, snippetToPlain } from './snippetYaml';

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
  /** A short plain-text line shown beside the label: a key's title, an id's name. */
  readonly detail?: string;
  /** Markdown from the schema (trusted: it ships with the extension). */
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
}

/**
 * The completions at `offset` of a strategy file: keys valid there (not yet present, required ones
 * first), enum values, ids where a reference is expected, and the schema's block snippets where a
 * list item is expected. Works on half-typed YAML (see `cursorContext`).
 * @example completionsAt(new StrategyDocument('channels:\n  - network: '), 23).map((c) => c.label) // ['facebook', 'instagram', …]
 */
export function completionsAt(doc: StrategyDocument, offset: number): CompletionEntry[] {
  const comments = commentCompletions(doc, offset);
  // In a comment, only the comments the extension understands make sense.
  if (comments?.inComment) return comments.entries;
  const cx = cursorContext(doc, offset);
  const out = new Proposals(cx);
  switch (cx.kind) {
    case 'key':
      keyPlace(doc, cx, out);
      break;
    case 'item':
      itemPlace(doc, cx, out);
      break;
    case 'value':
      valuePlace(doc, cx, out);
      break;
    case 'none':
      break;
  }
  // On a blank line, the suppression comments come last, after everything the schema offers.
  return comments ? [...out.list, ...comments.entries] : out.list;
}

/** Collects proposals, dropping a second one with the same label (one list, no duplicates). */
class Proposals {
  readonly list: CompletionEntry[] = [];
  readonly #labels = new Set<string>();

  constructor(private readonly cx: CursorContext) {}

  add(entry: Omit<CompletionEntry, 'start' | 'end'>): void {
    if (this.#labels.has(entry.label)) return;
    this.#labels.add(entry.label);
    this.list.push({ ...entry, start: this.cx.start, end: this.cx.end });
  }
}

// ---------------------------------------------------------------------------------------------
// Places

/** A key of the mapping at `cx.path`, or — when that value is a list still being written — an item. */
function keyPlace(doc: StrategyDocument, cx: CursorContext, out: Proposals): void {
  const shape = shapeAt(cx.path);
  const unwritten = cx.presentKeys.length === 0 && !cx.hasColon && !cx.flow;
  if (unwritten && cx.path.length > 0 && (shape === 'list' || shape === 'objectList')) {
    // `goals:` with the cursor on the next line: items are written `- …`.
    const itemPath = [...cx.path, cx.items];
    if (shape === 'objectList') {
      itemSnippets(doc, cx.path, cx.indent + 2, '- ', out, 0);
      itemKeys(itemPath, [], { indent: cx.indent + 2, flow: false, hasColon: false, prefix: '- ' }, out, 1);
    } else {
      choices(doc, itemPath, cx.siblings, out, { before: '- ' });
    }
    return;
  }
  if (unwritten && cx.path.length > 0 && shape === 'scalar' && cx.items === 0) {
    // A value on the line below its key (`network:\n  instagram`) is valid YAML too.
    choices(doc, cx.path, [], out, {});
    return;
  }
  itemKeys(cx.path, cx.presentKeys, { indent: cx.indent, flow: cx.flow, hasColon: cx.hasColon, prefix: '' }, out, 1);
  if (cx.path.length === 0 && cx.presentKeys.length === 0 && cx.indent === 0 && !cx.flow) {
    // An empty file: the whole skeleton.
    for (const [i, s] of (STRATEGY_SCHEMA.defaultSnippets ?? []).entries()) {
      if (!isPlainObject(s.body)) continue;
      addSnippet(out, s, renderYamlAt(s.body, 0, styleOf(doc)), `0${pad(i)}`);
    }
  }
}

/** A list item: after `- ` or inside `[ ]`. */
function itemPlace(doc: StrategyDocument, cx: CursorContext, out: Proposals): void {
  const shape = shapeAt(cx.path);
  if (shape === 'object') {
    if (cx.flow) return;
    itemSnippets(doc, cx.path.slice(0, -1), cx.indent, '', out, 0);
    itemKeys(cx.path, [], { indent: cx.indent, flow: false, hasColon: false, prefix: '' }, out, 1);
    return;
  }
  choices(doc, cx.path, cx.siblings, out, {});
}

/** The value after `key: `. */
function valuePlace(doc: StrategyDocument, cx: CursorContext, out: Proposals): void {
  const shape = shapeAt(cx.path);
  // `network:|` — the value needs its space.
  const gap = doc.text[cx.start - 1] === ':' ? ' ' : '';
  if (shape === 'scalar') {
    choices(doc, cx.path, [], out, { before: gap });
    return;
  }
  if (shape === 'list') {
    choices(doc, [...cx.path, 0], [], out, { before: `${gap}[`, after: ']' });
    return;
  }
  if (cx.flow || cx.prefix !== '') return;
  // An object or a list of objects: the schema's block snippets, on the lines below the key.
  const style = styleOf(doc);
  if (shape === 'objectList') {
    const dash = cx.indent + (style.indentSequences ? style.indent : 0);
    itemSnippets(doc, cx.path, dash + 2, `\n${spaces(dash)}- `, out, 0);
    return;
  }
  const inner = cx.indent + style.indent;
  for (const [i, s] of snippetsOf(cx.path).entries()) {
    if (isPlainObject(s.body)) addSnippet(out, s, `\n${spaces(inner)}${renderYamlAt(s.body, inner, style)}`, `0${pad(i)}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Proposals

/** The keys of the mapping at `path` that are not in `present`, required first, in schema order. */
function itemKeys(
  path: Path, present: readonly string[], at: { indent: number; flow: boolean; hasColon: boolean; prefix: string }, out: Proposals, group: number,
): void {
  const required = requiredAt(path);
  let i = 0;
  for (const key of propertiesAt(path).keys()) {
    i++;
    if (present.includes(key)) continue;
    const valuePath = [...path, key];
    const docs = documentationAt(valuePath);
    const insert = keyInsert(key, valuePath, at);
    out.add({
      label: at.prefix + key,
      kind: 'property',
      ...(docs.title ? { detail: docs.title } : {}),
      ...(docs.markdown ? { documentation: docs.markdown } : {}),
      insertText: at.prefix + insert.text,
      snippet: insert.snippet,
      sortText: `${group}${required.has(key) ? 0 : 1}${pad(i)}`,
      ...(at.prefix ? { filterText: key } : {}),
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
 * The values allowed at `path`: the ids of the referenced section, the enum (aliases left out), a
 * constant, or true/false.
 */
function choicesAt(doc: StrategyDocument, path: Path): Choice[] {
  const target = referenceTargetAt(path);
  if (target) {
    return [...doc.definitions(target)].map(([id, nodes]) => {
      const item = nodes[0] && doc.definingItem(nodes[0]);
      const name = text(item, 'name') ?? text(item, 'title');
      return { value: id, kind: 'reference' as const, ...(name ? { detail: oneLine(name) } : {}) };
    });
  }
  const schemas = schemasAt(path);
  const out: Choice[] = enumAt(path)
    // `twitter` is accepted for old files; new text should say `x`.
    .filter((e) => canonicalNetwork(e.value) === e.value || !isNetwork(schemas))
    .map((e) => ({ value: e.value, kind: 'enum' as const, ...(e.doc ? { documentation: e.doc } : {}) }));
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

function choices(doc: StrategyDocument, path: Path, exclude: readonly string[], out: Proposals, wrap: { before?: string; after?: string }): void {
  choicesAt(doc, path).forEach((c, i) => {
    if (exclude.includes(c.value)) return;
    const insertText = `${wrap.before ?? ''}${c.value}${wrap.after ?? ''}`;
    out.add({
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

type Snippet = NonNullable<JsonSchema['defaultSnippets']>[number];

function snippetsOf(path: Path): Snippet[] {
  return schemasAt(path).flatMap((s) => s.defaultSnippets ?? []);
}

/**
 * The schema's snippets for one item of the list at `listPath` (a list's snippets have a list body;
 * its first element is the item), written after `lead`, with the item's keys at column `indent`.
 */
function itemSnippets(doc: StrategyDocument, listPath: Path, indent: number, lead: string, out: Proposals, group: number): void {
  snippetsOf(listPath).forEach((s, i) => {
    const item = Array.isArray(s.body) ? s.body[0] : undefined;
    if (!isPlainObject(item)) return;
    addSnippet(out, s, lead + renderYamlAt(item, indent, styleOf(doc)), `${group}${pad(i)}`);
  });
}

function addSnippet(out: Proposals, s: Snippet, body: string, sortText: string): void {
  if (!s.label) return;
  out.add({
    label: s.label,
    kind: 'snippet',
    ...(s.description ? { detail: s.description } : {}),
    documentation: (s.markdownDescription ? `${s.markdownDescription}\n\n` : '') + '```yaml\n' + snippetToPlain(body) + '\n```',
    insertText: body,
    snippet: true,
    sortText,
  });
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
