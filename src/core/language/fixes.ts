import { format, type Locale, type Localized } from '../i18n/locale';
import type { StrategyDocument } from '../model/document';
import { isIdSection, SECTION_KEYS } from '../model/sections';
import type { Problem } from '../problem';
import { enumAt, propertiesAt, requiredAt } from '../schema/navigate';
import { nodeAt, nodeAtOffset, pairOf, pathOf, type MapNode, type Node, type Pair, type ScalarNode } from '../syntax/ast';
import { lineEnd } from '../syntax/parse';
import { editDistance, nearest, toKebabId } from '../text/suggest';
import {
  columnOf, detectStyle, escapeSnippet, humanize, isSafePlain, lineText, renderYaml, skeletonBody, snippetToPlain, type YamlStyle,
} from './skeletons';

/**
 * Quick fixes for lint problems (issue 4, item 6): each is a small set of text edits computed
 * from the problem's `data` hints and the parsed file, touching only the text that must change so
 * comments and formatting survive. Pure: offsets in, plain data out; the host turns a fix into a
 * code action and never writes to disk.
 */

/** A change of the text: replace `[start, end)` (UTF-16 offsets) with `newText`. */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

/**
 * An edit of a fix. When `snippet` is set, an editor that supports snippets inserts it instead of
 * `newText` (which is the same text with every tab stop at its default), so the user can tab
 * through the blanks. Snippet edits always start at the beginning of a line: editors re-indent the
 * lines of a snippet relative to the line it starts on, and there that indentation is empty.
 */
export interface FixEdit extends TextEdit {
  readonly snippet?: string;
}

/** A command to run instead of (or after) edits, e.g. opening a rule's documentation. */
export interface FixCommand {
  readonly id: string;
  readonly arguments: readonly unknown[];
}

export interface Fix {
  /** In the file's message language. */
  readonly title: string;
  readonly kind: 'quickfix';
  /** Sorted, non-overlapping; empty for a fix that only runs a command. */
  readonly edits: readonly FixEdit[];
  readonly command?: FixCommand;
  /** The one obvious fix of its problem (an editor may apply it with one keystroke). */
  readonly isPreferred: boolean;
  /**
   * Whether "fix all" may apply it without the user looking: a replacement by the unique nearest
   * valid value, or `any` for unstated attributes. Skeletons and suppressions need a human.
   */
  readonly safe: boolean;
}

/** The command that opens a rule's documentation page; its one argument is the rule id. */
export const SHOW_RULE_DOCS_COMMAND = 'smm.showRuleDocs';

const T = {
  replace: { en: "Change '{from}' to '{to}'", hy: "Փոխարինել '{from}'-ը '{to}'-ով", ru: "Заменить '{from}' на '{to}'" },
  insertSection: { en: "Add the '{section}' section", hy: "Ավելացնել '{section}' բաժինը", ru: "Добавить раздел '{section}'" },
  fillSection: { en: "Fill in the '{section}' section", hy: "Լրացնել '{section}' բաժինը", ru: "Заполнить раздел '{section}'" },
  appendItem: { en: "Add an item to '{section}'", hy: "Ավելացնել նոր տարր '{section}' բաժնում", ru: "Добавить элемент в раздел '{section}'" },
  completeSection: { en: "Add {keys} to '{section}'", hy: "Ավելացնել {keys} '{section}' բաժնում", ru: "Добавить {keys} в раздел '{section}'" },
  createItem: { en: "Create '{id}' in '{section}'", hy: "Ստեղծել '{id}'-ը '{section}' բաժնում", ru: "Создать '{id}' в разделе '{section}'" },
  addAny: { en: "Set {keys} to 'any'", hy: "Նշել 'any' {keys}-ի համար", ru: "Указать 'any' для {keys}" },
  disableLine: { en: "Disable '{rule}' for this line", hy: "Անջատել '{rule}' կանոնը այս տողի համար", ru: "Отключить правило '{rule}' для этой строки" },
  disableFile: { en: "Disable '{rule}' for the whole file", hy: "Անջատել '{rule}' կանոնը ամբողջ ֆայլի համար", ru: "Отключить правило '{rule}' для всего файла" },
  showDocs: { en: "Show documentation for '{rule}'", hy: "Ցույց տալ '{rule}' կանոնի նկարագրությունը", ru: "Показать описание правила '{rule}'" },
} satisfies Record<string, Localized>;

/** Title of the action that applies every safe fix of a file at once. */
export const FIX_ALL_TITLE: Localized = {
  en: 'Fix all safe SMM problems',
  hy: 'Ուղղել SMM-ի բոլոր անվտանգ ուղղվող խնդիրները',
  ru: 'Исправить все безопасно исправимые проблемы SMM',
};

/**
 * Every fix for one problem, best first: what its `data` makes possible (a replacement, a missing
 * item, a section skeleton, `any` values), then suppressing the rule for the line and for the
 * file, then its documentation. Never throws on a half-written file: a fix whose place cannot be
 * found is simply not offered.
 * @example fixesFor(doc, problem, 'en')[0]?.title // "Change 'instagarm' to 'instagram'"
 */
export function fixesFor(doc: StrategyDocument, problem: Problem, locale: Locale): Fix[] {
  const fixes = dataFixes(doc, problem, locale, false);
  // A file that does not parse has no meaning to check, so syntax errors cannot be silenced.
  if (problem.rule !== 'syntax') {
    const style = styleOf(doc);
    // A missing section is reported on the first key for want of a better place: silencing
    // "that line" would be a riddle to the reader, so only the file-wide comment is offered.
    const section = problem.data?.section;
    const missing = section !== undefined && !(doc.root && pairOf(doc.root, section));
    const line = missing ? undefined : disableLineFix(doc, problem, style, locale);
    if (line) fixes.push(line);
    fixes.push(disableFileFix(doc, problem.rule, style, locale));
  }
  fixes.push({
    title: format(T.showDocs, locale, { rule: problem.rule }),
    kind: 'quickfix',
    edits: [],
    command: { id: SHOW_RULE_DOCS_COMMAND, arguments: [problem.rule] },
    isPreferred: false,
    safe: false,
  });
  return fixes;
}

/** The fixes a problem's `data` makes possible; with `safeOnly`, only the kinds that can be safe. */
function dataFixes(doc: StrategyDocument, problem: Problem, locale: Locale, safeOnly: boolean): Fix[] {
  const fixes: Fix[] = [];
  const style = styleOf(doc);
  const data = problem.data ?? {};
  // Only the first fix can be preferred, and a replacement only when it is safe: with a doubtful
  // replacement on offer there is no one obvious fix.
  if (data.replacement !== undefined) {
    const fix = replacementFix(doc, problem, data.replacement, locale);
    if (fix) fixes.push(fix);
  }
  if (data.missingId && isIdSection(data.missingId.section) && !safeOnly) {
    const fix = createItemFix(doc, data.missingId.id, data.missingId.section, style, locale, fixes.length === 0);
    if (fix) fixes.push(fix);
  }
  if (data.section && !safeOnly) {
    const fix = sectionFix(doc, data.section, style, locale, fixes.length === 0);
    if (fix) fixes.push(fix);
  }
  if (data.addAny && data.addAny.length > 0) {
    const fix = addAnyFix(doc, problem, data.addAny, style, locale, fixes.length === 0);
    if (fix) fixes.push(fix);
  }
  return fixes;
}

const styles = new WeakMap<StrategyDocument, YamlStyle>();

/** The file's style, read once per parsed text (a document is immutable, the cache follows it). */
function styleOf(doc: StrategyDocument): YamlStyle {
  let style = styles.get(doc);
  if (!style) styles.set(doc, (style = detectStyle(doc)));
  return style;
}

/**
 * Every safe fix in the file at once, for a "fix all" action: the edits, sorted and without
 * overlaps (of two fixes touching the same text the earlier problem's wins; a fix applies whole
 * or not at all), and the problems they fix. Snippets are dropped: fix all inserts plain text.
 */
export function fixAll(doc: StrategyDocument, problems: readonly Problem[], locale: Locale = 'en'): { edits: TextEdit[]; fixed: Problem[] } {
  // Sorted by start; no two accepted edits conflict, so only the neighbours of a new edit can.
  const edits: TextEdit[] = [];
  const fixed: Problem[] = [];
  const seen = new Set<string>();
  const firstAfter = (offset: number) => {
    let lo = 0;
    let hi = edits.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (edits[mid]!.start <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const conflicts = (e: TextEdit) => {
    const i = firstAfter(e.start);
    return [edits[i - 1], edits[i]].some((a) => a !== undefined && overlaps(a, e));
  };
  for (const problem of [...problems].sort((a, b) => a.start - b.start)) {
    const fix = dataFixes(doc, problem, locale, true).find((f) => f.safe && f.edits.length > 0);
    if (!fix) continue;
    const own = fix.edits.map(({ start, end, newText }) => ({ start, end, newText }));
    const key = JSON.stringify(own);
    // The same edit for two problems (two rules about one value) is applied once and fixes both.
    if (seen.has(key)) {
      fixed.push(problem);
      continue;
    }
    if (own.some(conflicts)) continue;
    seen.add(key);
    for (const e of own) edits.splice(firstAfter(e.start), 0, e);
    fixed.push(problem);
  }
  return { edits, fixed };
}

/** Two edits conflict when their ranges overlap, or when either inserts where the other starts or ends. */
function overlaps(a: TextEdit, b: TextEdit): boolean {
  if (a.start < b.end && b.start < a.end) return true;
  const touches = a.start === b.start || a.end === b.start || b.end === a.start;
  return touches && (a.start === a.end || b.start === b.end);
}

// ---------------------------------------------------------------------------------------------
// Replacing a value or key

function replacementFix(doc: StrategyDocument, problem: Problem, replacement: string, locale: Locale): Fix | undefined {
  const node = nodeAtOffset(doc.parsed.root, problem.start);
  if (node?.kind !== 'scalar' || node.empty || node.start !== problem.start) return undefined;
  const original = doc.text.slice(node.start, node.end);
  // Block scalars (`|`, `>`) are prose, never an enum value or an id.
  if (/^[|>]/.test(original)) return undefined;
  const isKey = node.parent?.kind === 'map' && node.parent.pairs.some((p) => p.key === node);
  // Renaming a key to one the mapping already has would make a duplicate key.
  if (isKey && node.parent?.kind === 'map' && pairOf(node.parent, replacement)) return undefined;
  const newText = quoted(replacement, original, inFlow(node), typeof node.value === 'string');
  if (newText === original) return undefined;
  const from = String(node.value);
  const safe = isSafeReplacement(doc, problem, node, from, replacement);
  return {
    title: format(T.replace, locale, { from, to: replacement }),
    kind: 'quickfix',
    edits: [{ start: node.start, end: node.end, newText }],
    isPreferred: safe,
    safe,
  };
}

/**
 * `value` written the way `original` was: in the same quotes, or plain when that reads back as
 * the same kind of value (a boolean or number stays one: `primary: true` → `false`).
 */
function quoted(value: string, original: string, flow: boolean, wasString: boolean): string {
  if (original.startsWith('"')) return JSON.stringify(value);
  if (original.startsWith("'")) return `'${value.replace(/'/g, "''")}'`;
  if (!wasString && /^[\w.+-]+$/.test(value)) return value;
  return isSafePlain(value, flow) && !/^[\d.+-]/.test(value) ? value : `'${value.replace(/'/g, "''")}'`;
}

function inFlow(node: Node): boolean {
  for (let p = node.parent; p; p = p.parent) if (p.flow) return true;
  return false;
}

/**
 * A replacement is safe for "fix all" when it is the one nearest valid value: no other candidate
 * is as close (`instagarm` → `instagram`, `twitter` → `x`), or it is the kebab-case form of a
 * non-kebab id that does not collide with another item's id.
 */
function isSafeReplacement(doc: StrategyDocument, problem: Problem, node: ScalarNode, from: string, to: string): boolean {
  const path = problem.data?.path ?? pathOf(node);
  if (problem.rule === 'schema/pattern') {
    if (toKebabId(from) !== to) return false;
    const itemPath = pathOf(node);
    const section = itemPath[0];
    const isDefinition = itemPath.length === 3 && itemPath[2] === 'id' && typeof section === 'string' && isIdSection(section);
    return !(isDefinition && doc.definitions(section).has(to));
  }
  let candidates: string[];
  if (problem.rule === 'schema/additionalProperties') candidates = [...propertiesAt(path.slice(0, -1)).keys()];
  else if (problem.data?.missingId && isIdSection(problem.data.missingId.section)) candidates = [...doc.definitions(problem.data.missingId.section).keys()];
  else candidates = enumAt(path).map((e) => e.value);
  return isUniqueNearest(from, to, candidates);
}

function isUniqueNearest(value: string, replacement: string, all: readonly string[]): boolean {
  // The value itself may be valid but discouraged (`twitter`, an alias of `x`): it is no rival.
  const candidates = all.filter((c) => c !== value);
  if (!candidates.includes(replacement) || nearest(value, candidates) !== replacement) return false;
  const second = nearest(value, candidates.filter((c) => c !== replacement));
  if (second === undefined) return true;
  const distance = (c: string) => editDistance(normalise(value), normalise(c));
  return distance(second) > distance(replacement);
}

function normalise(s: string): string {
  return s.trim().toLowerCase().replace(/[\s-]+/g, '_');
}

// ---------------------------------------------------------------------------------------------
// Sections and items

type Placement = 'insert' | 'fill' | 'append' | 'complete';

function sectionFix(doc: StrategyDocument, section: string, style: YamlStyle, locale: Locale, preferred: boolean): Fix | undefined {
  const body = skeletonBody(section);
  if (body === undefined) return undefined;
  const placed = placeInSection(doc, section, body, style);
  if (!placed) return undefined;
  const titles: Record<Placement, Localized> = { insert: T.insertSection, fill: T.fillSection, append: T.appendItem, complete: T.completeSection };
  return {
    title: format(titles[placed.placement], locale, { section, keys: placed.keys.map((k) => `'${k}'`) }),
    kind: 'quickfix',
    edits: [placed.edit],
    isPreferred: preferred,
    safe: false,
  };
}

function createItemFix(doc: StrategyDocument, id: string, section: string, style: YamlStyle, locale: Locale, preferred: boolean): Fix | undefined {
  const item: Record<string, string> = { id: escapeSnippet(id) };
  const properties = [...propertiesAt([section, 0]).keys()];
  const required = requiredAt([section, 0]);
  let stop = 1;
  for (const key of properties) {
    if (key === 'id' || !required.has(key)) continue;
    const values = enumAt([section, 0, key]).map((e) => e.value);
    if (values.length > 0) {
      // A channel called `instagram-main` is most likely on instagram: offer that choice first.
      const tokens = id.toLowerCase().split(/[-_\s]+/);
      const ordered = [...values.filter((v) => tokens.includes(v)), ...values.filter((v) => !tokens.includes(v))];
      item[key] = `\${${stop++}|${ordered.join(',')}|}`;
    } else {
      item[key] = `\${${stop++}:${escapeSnippet(humanize(id))}}`;
    }
  }
  const placed = placeInSection(doc, section, [item], style);
  if (!placed || placed.placement === 'complete') return undefined;
  return {
    title: format(T.createItem, locale, { id, section }),
    kind: 'quickfix',
    edits: [placed.edit],
    isPreferred: preferred,
    safe: false,
  };
}

/**
 * Where and how `body` (a section skeleton: a mapping, or a list of items) goes into the file:
 * - the section is absent: inserted whole after the nearest preceding section of the seed order
 *   (SECTION_KEYS), else after the last section;
 * - it is blank (`goals:`, `goals: []`, `value: {}`): the key is kept and filled in;
 * - it is a block list: the items are appended;
 * - it is a block mapping: the skeleton's keys it lacks are appended.
 */
function placeInSection(doc: StrategyDocument, section: string, body: unknown, style: YamlStyle): { placement: Placement; edit: FixEdit; keys: string[] } | undefined {
  const root = doc.root;
  if (root?.flow) return undefined;
  const isList = Array.isArray(body);
  const base = root?.pairs[0] ? columnOf(doc, root.pairs[0].key) : 0;
  const childColumn = (keyColumn: number) => keyColumn + (isList ? (style.indentSequences ? style.indent : 0) : style.indent);
  const pair = root ? pairOf(root, section) : undefined;

  if (!pair) {
    const lines = [`${' '.repeat(base)}${section}:`, ...renderYaml(body, childColumn(base), style)];
    const anchor = precedingSection(doc, section) ?? root?.pairs.at(-1);
    const afterLine = anchor ? lastLineOf(doc, anchor) : doc.lines.lineCount - 1;
    return { placement: 'insert', edit: insertLines(doc, afterLine, lines, style, style.blankLineBetweenSections), keys: [] };
  }

  const value = pair.value;
  const keyColumn = columnOf(doc, pair.key);
  if (isBlank(value)) {
    return { placement: 'fill', edit: fillKey(doc, pair, renderYaml(body, childColumn(keyColumn), style), style), keys: [] };
  }
  if (isList && value.kind === 'seq' && !value.flow) {
    const lines = renderYaml(body, columnOf(doc, value), style);
    return { placement: 'append', edit: insertLines(doc, lastLineOf(doc, pair), lines, style, false), keys: [] };
  }
  if (!isList && value.kind === 'map' && !value.flow && typeof body === 'object' && body !== null) {
    const missing = Object.entries(body).filter(([key]) => !pairOf(value, key));
    if (missing.length === 0) return undefined;
    const lines = renderYaml(Object.fromEntries(missing), columnOf(doc, value), style);
    return { placement: 'complete', edit: insertLines(doc, lastLineOf(doc, pair), lines, style, false), keys: missing.map(([key]) => key) };
  }
  return undefined;
}

/** The nearest section before `section` in the seed order that the file has. */
function precedingSection(doc: StrategyDocument, section: string): Pair | undefined {
  const index = (SECTION_KEYS as readonly string[]).indexOf(section);
  for (let i = index - 1; i >= 0; i--) {
    const pair = doc.sectionPair(SECTION_KEYS[i]!);
    if (pair) return pair;
  }
  return undefined;
}

/**
 * The last line that belongs to a top-level pair: the last line of its value, then any indented
 * comment lines right below it (they are still inside the section, often commented-out items).
 */
function lastLineOf(doc: StrategyDocument, pair: Pair): number {
  let line = doc.lines.positionAt(Math.max(contentEnd(doc, pair.value), pair.key.end)).line;
  while (line + 1 < doc.lines.lineCount && /^[ \t]+#/.test(lineText(doc, line + 1))) line++;
  return line;
}

/** A node's end without trailing whitespace and line breaks (block nodes may include them). */
function contentEnd(doc: StrategyDocument, node: Node): number {
  let end = node.end;
  while (end > node.start && /\s/.test(doc.text[end - 1]!)) end--;
  return end;
}

/** `goals:`, `goals: []`, `value: {}`, `goals: ""`, or a list of blank dashes. */
function isBlank(node: Node): boolean {
  if (node.kind === 'scalar') return node.value === null || (typeof node.value === 'string' && node.value.trim() === '');
  if (node.kind === 'seq') return node.items.every((i) => i.kind === 'scalar' && i.value === null);
  return node.flow && node.pairs.length === 0;
}

/**
 * Whole lines (snippet text) inserted after line `after`, optionally with a blank line above
 * them. The edit starts at a line start; when `after` is the last line and has no line break,
 * that line is rewritten unchanged in front of the new ones to keep it so.
 */
function insertLines(doc: StrategyDocument, after: number, lines: readonly string[], style: YamlStyle, blankAbove: boolean): FixEdit {
  const { eol } = style;
  const body = lines.join(eol);
  const count = doc.lines.lineCount;
  const blank = blankAbove && after >= 0 && lineText(doc, after).trim() !== '';
  if (after + 1 < count || lineText(doc, after) === '') {
    const at = after + 1 < count ? doc.lines.lineStart(after + 1) : doc.text.length;
    // Keep sections apart on both sides when the file separates them with blank lines.
    const blankBelow = blankAbove && at < doc.text.length && lineText(doc, after + 1).trim() !== '';
    return snippetEdit(at, at, `${blank ? eol : ''}${body}${eol}${blankBelow ? eol : ''}`, '');
  }
  const start = doc.lines.lineStart(after);
  return snippetEdit(start, doc.text.length, `${eol}${blank ? eol : ''}${body}`, doc.text.slice(start));
}

/**
 * Fills a blank key (`goals:`, `goals: []  # todo`) with block lines: the blank value goes, the
 * key and any comment on its line stay.
 */
function fillKey(doc: StrategyDocument, pair: Pair, lines: readonly string[], style: YamlStyle): FixEdit {
  const colon = doc.text.indexOf(':', pair.key.end);
  const keyLineEnd = lineEnd(doc.text, colon);
  const end = Math.max(keyLineEnd, lineEnd(doc.text, contentEnd(doc, pair.value)));
  const comment = /(\s+#.*)$/.exec(doc.text.slice(colon + 1, keyLineEnd))?.[1] ?? '';
  const lineStart = doc.lines.lineStart(doc.lines.positionAt(pair.key.start).line);
  return snippetEdit(lineStart, end, `${comment}${style.eol}${lines.join(style.eol)}`, doc.text.slice(lineStart, colon + 1));
}

/**
 * An edit whose new text is `kept` (literal text that was already there, rewritten unchanged so
 * the edit can start at a line start) followed by `snippet`. The snippet form is only attached
 * when it has tab stops.
 */
function snippetEdit(start: number, end: number, snippet: string, kept: string): FixEdit {
  const plain = snippetToPlain(snippet);
  const newText = kept + plain;
  return escapeSnippet(plain) === snippet ? { start, end, newText } : { start, end, newText, snippet: escapeSnippet(kept) + snippet };
}

// ---------------------------------------------------------------------------------------------
// `any` for unstated audience attributes

function addAnyFix(doc: StrategyDocument, problem: Problem, keys: readonly string[], style: YamlStyle, locale: Locale, preferred: boolean): Fix | undefined {
  const edits = addAnyEdits(doc, problem, keys, style);
  if (!edits || edits.length === 0) return undefined;
  return {
    title: format(T.addAny, locale, { keys: keys.map((k) => `'${k}'`) }),
    kind: 'quickfix',
    edits: edits.sort((a, b) => a.start - b.start),
    isPreferred: preferred,
    safe: true,
  };
}

function addAnyEdits(doc: StrategyDocument, problem: Problem, keys: readonly string[], style: YamlStyle): TextEdit[] | undefined {
  const root = doc.parsed.root;
  // The rule may name the mapping itself; otherwise it is the `demographics` of the audience the
  // problem sits in (the audience-demographics-incomplete rule points at that audience).
  const named = problem.data?.path ? nodeAt(root, problem.data.path) : undefined;
  if (named?.kind === 'map') return addToMap(doc, named, keys, style);
  const audience = listItemAt(doc, problem.start, 'audiences');
  if (!audience) return undefined;
  const pair = pairOf(audience, 'demographics');
  const value = pair?.value;
  if (value?.kind === 'map') return addToMap(doc, value, keys, style);
  const entries = keys.map((k) => `${k}: [any]`);
  if (!pair) {
    if (audience.flow) return [{ start: lastValueEnd(doc, audience), end: lastValueEnd(doc, audience), newText: `, demographics: { ${entries.join(', ')} }` }];
    // After the pairs the schema lists before `demographics` (id, name, description), else last.
    const order = [...propertiesAt(['audiences', 0]).keys()];
    const before = audience.pairs.filter((p) => order.indexOf(String(p.key.value)) >= 0 && order.indexOf(String(p.key.value)) < order.indexOf('demographics'));
    const anchor = before.at(-1) ?? audience.pairs.at(-1);
    if (!anchor) return undefined;
    const column = columnOf(doc, audience.pairs[0]!.key);
    const lines = [`${' '.repeat(column)}demographics:`, ...entries.map((e) => `${' '.repeat(column + style.indent)}${e}`)];
    return [insertAfterLineEnd(doc, contentEnd(doc, anchor.value), lines, style)];
  }
  if (value?.kind === 'scalar' && value.value === null) {
    const column = columnOf(doc, pair.key) + style.indent;
    return [insertAfterLineEnd(doc, pair.key.end, entries.map((e) => `${' '.repeat(column)}${e}`), style)];
  }
  return undefined;
}

/** `[any]` for each key: added to the mapping when absent, written into the key when blank. */
function addToMap(doc: StrategyDocument, map: MapNode, keys: readonly string[], style: YamlStyle): TextEdit[] {
  const edits: TextEdit[] = [];
  const absent: string[] = [];
  for (const key of keys) {
    const pair = pairOf(map, key);
    if (!pair) {
      absent.push(key);
      continue;
    }
    const edit = fillWithAny(doc, pair);
    if (edit) edits.push(edit);
  }
  if (absent.length === 0) return edits;
  const entries = absent.map((k) => `${k}: [any]`);
  if (map.flow) {
    if (map.pairs.length > 0) {
      const at = lastValueEnd(doc, map);
      edits.push({ start: at, end: at, newText: entries.map((e) => `, ${e}`).join('') });
    } else {
      const at = map.start + 1;
      edits.push({ start: at, end: at, newText: entries.join(', ') });
    }
    return edits;
  }
  const column = columnOf(doc, map.pairs[0]?.key ?? map);
  edits.push(insertAfterLineEnd(doc, contentEnd(doc, map), entries.map((e) => `${' '.repeat(column)}${e}`), style));
  return edits;
}

/** `gender:` → `gender: [any]`; `gender: []`, `gender: ""` or a blank dash → `[any]` / `- any`. */
function fillWithAny(doc: StrategyDocument, pair: Pair): TextEdit | undefined {
  const value = pair.value;
  if (value.kind === 'scalar') {
    if (value.value === null && value.start === value.end) {
      const colon = doc.text.indexOf(':', pair.key.end);
      return colon < 0 ? undefined : { start: colon + 1, end: colon + 1, newText: ' [any]' };
    }
    if (typeof value.value === 'string' && value.value.trim() === '' && /^["']/.test(doc.text.slice(value.start, value.end))) {
      return { start: value.start, end: value.end, newText: '[any]' };
    }
    return undefined;
  }
  if (value.kind === 'seq' && value.items.every((i) => i.kind === 'scalar' && (i.value === null || (typeof i.value === 'string' && i.value.trim() === '')))) {
    return { start: value.start, end: contentEnd(doc, value), newText: value.flow ? '[any]' : '- any' };
  }
  return undefined;
}

/** Plain lines inserted at the end of the line holding `offset` (keeping a comment there in place). */
function insertAfterLineEnd(doc: StrategyDocument, offset: number, lines: readonly string[], style: YamlStyle): TextEdit {
  const at = lineEnd(doc.text, offset);
  return { start: at, end: at, newText: lines.map((l) => `${style.eol}${l}`).join('') };
}

/** Just after the last value of a flow mapping, where `, key: value` goes. */
function lastValueEnd(doc: StrategyDocument, map: MapNode): number {
  const last = map.pairs.at(-1);
  return last ? contentEnd(doc, last.value.start === last.value.end ? last.key : last.value) : map.start + 1;
}

/** The item of the list section `section` that contains `offset`. */
function listItemAt(doc: StrategyDocument, offset: number, section: string): MapNode | undefined {
  for (let node: Node | undefined = nodeAtOffset(doc.parsed.root, offset); node; node = node.parent) {
    const path = node.kind === 'map' ? pathOf(node) : undefined;
    if (node.kind === 'map' && path?.length === 2 && path[0] === section) return node;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Suppressions

// The rule list ends where the free-text `-- reason` begins (rule names never start with `-`).
const NEXT_LINE = /^([ \t]*#[ \t]*smm-disable-next-line)((?:[ \t,]+[^\s,-][^\s,]*)*)/;
const WHOLE_FILE = /^([ \t]*#[ \t]*smm-disable)((?:[ \t,]+[^\s,-][^\s,]*)*)/;

function disableLineFix(doc: StrategyDocument, problem: Problem, style: YamlStyle, locale: Locale): Fix | undefined {
  const line = doc.lines.positionAt(problem.start).line;
  const start = doc.lines.lineStart(line);
  // A comment line inside a multi-line string would become part of the text.
  const inside = nodeAtOffset(doc.parsed.root, start);
  if (inside?.kind === 'scalar' && inside.start < start && start < inside.end) return undefined;
  const title = format(T.disableLine, locale, { rule: problem.rule });
  const above = line > 0 ? appendToComment(doc, line - 1, NEXT_LINE, problem.rule) : undefined;
  if (above) return { title, kind: 'quickfix', edits: [above], isPreferred: false, safe: false };
  const indent = /^[ \t]*/.exec(lineText(doc, line))?.[0] ?? '';
  return {
    title,
    kind: 'quickfix',
    edits: [{ start, end: start, newText: `${indent}# smm-disable-next-line ${problem.rule}${style.eol}` }],
    isPreferred: false,
    safe: false,
  };
}

function disableFileFix(doc: StrategyDocument, rule: string, style: YamlStyle, locale: Locale): Fix {
  const title = format(T.disableFile, locale, { rule });
  const fix = (edit: TextEdit): Fix => ({ title, kind: 'quickfix', edits: [edit], isPreferred: false, safe: false });
  const scan = doc.text.includes('smm-disable') ? doc.lines.lineCount : 0;
  for (let line = 0; line < scan; line++) {
    if (NEXT_LINE.test(lineText(doc, line))) continue;
    const edit = appendToComment(doc, line, WHOLE_FILE, rule);
    if (edit) return fix(edit);
  }
  // Below the leading comments (the schema modeline, a title), above the first key.
  let line = 0;
  while (line < doc.lines.lineCount && /^[ \t]*#/.test(lineText(doc, line))) line++;
  const comment = `# smm-disable ${rule}`;
  if (line < doc.lines.lineCount) {
    const at = doc.lines.lineStart(line);
    return fix({ start: at, end: at, newText: `${comment}${style.eol}` });
  }
  const at = doc.text.length;
  return fix({ start: at, end: at, newText: `${/[\r\n]$/.test(doc.text) || at === 0 ? '' : style.eol}${comment}${style.eol}` });
}

/** `, rule` appended to the rule list of a suppression comment on `line`, when it has one. */
function appendToComment(doc: StrategyDocument, line: number, pattern: RegExp, rule: string): TextEdit | undefined {
  const text = lineText(doc, line);
  const match = pattern.exec(text);
  // Without rule names the comment silences every rule already.
  if (!match || !match[2]?.trim()) return undefined;
  const rest = text.slice(match[0].length);
  if (rest !== '' && !/^\s*(--|$)/.test(rest)) return undefined;
  const at = doc.lines.lineStart(line) + match[0].length;
  return { start: at, end: at, newText: `, ${rule}` };
}
