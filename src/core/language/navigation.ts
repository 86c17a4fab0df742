import { format, type Locale, type Localized } from '../i18n/locale';
import type { StrategyDocument } from '../model/document';
import { ID_PATTERN, isIdSection, type IdSection } from '../model/sections';
import { locate, nodeAtOffset, type ScalarNode } from '../syntax/ast';

/**
 * Go to definition, find references and rename for item ids (DOMAIN.md §4.5). The id graph comes
 * from `StrategyDocument.definitions()` / `references()`, which are driven by the one table of
 * reference sites (`model/references.ts`), so navigation, completion and the
 * `unresolved-reference` rule always agree on what is a reference.
 */

/** A span of the document text, as UTF-16 offsets. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A replacement of `start..end` by `newText`. */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

/** One place where an id occurs. */
export interface IdOccurrence {
  /** `definition` for an item's own `id:` value, `reference` for a use of it elsewhere. */
  readonly role: 'definition' | 'reference';
  /** The section the id belongs to (where it is, or would be, defined). */
  readonly section: IdSection;
  readonly id: string;
  readonly node: ScalarNode;
  /** The id's characters, inside the quotes when the value is quoted. */
  readonly span: Span;
}

/** A definition found for the id under the cursor. */
export interface DefinitionTarget {
  /** The id under the cursor (what the editor underlines while Ctrl is held). */
  readonly origin: Span;
  /** The defining `id:` value. */
  readonly target: Span;
  /** The whole defining item, for the peek view. */
  readonly item: Span;
}

export type RenameAnswer<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

const MESSAGES = {
  notAnId: {
    en: "Only ids can be renamed: put the cursor on an item's id or on a reference to it.",
    hy: 'Կարելի է վերանվանել միայն id-ներ․ կուրսորը դրեք տարրի id-ի կամ դրան արված հղման վրա։',
    ru: 'Переименовать можно только id: поставьте курсор на id элемента или на ссылку на него.',
  },
  invalidId: {
    en: "'{name}' is not a valid id: use lowercase Latin letters, digits and hyphens, starting with a letter (e.g. young-professionals).",
    hy: "'{name}'-ը վավեր id չէ․ օգտագործեք լատինական փոքրատառեր, թվեր և գծիկներ՝ սկսելով տառով (օրինակ՝ young-professionals)։",
    ru: "'{name}' — недопустимый id: используйте строчные латинские буквы, цифры и дефисы, начиная с буквы (например, young-professionals).",
  },
  collision: {
    en: "'{name}' is already the id of another item in {section}: ids must be unique within a section.",
    hy: "'{name}' id-ն արդեն ունի {section} բաժնի մեկ այլ տարր․ բաժնի ներսում id-ները պետք է եզակի լինեն։",
    ru: "'{name}' уже занят другим элементом в {section}: id внутри раздела должны быть уникальны.",
  },
} satisfies Record<string, Localized>;

/**
 * The id at `offset` (end inclusive, so a cursor just after the id counts), or undefined when the
 * offset is not on an id value: keys, other values, empty `id:` and non-string ids are not ids.
 *
 * @example idOccurrenceAt(doc, text.indexOf('students')) // { role: 'reference', section: 'audiences', id: 'students', … }
 */
export function idOccurrenceAt(doc: StrategyDocument, offset: number): IdOccurrence | undefined {
  const node = nodeAtOffset(doc.parsed.root, offset);
  if (node?.kind !== 'scalar' || typeof node.value !== 'string' || node.value === '') return undefined;

  const section = definingSection(doc, node);
  if (section) {
    // Cross-check with the document's own id index, so "what is a definition" has one answer.
    const defs = doc.definitions(section).get(node.value);
    if (defs?.some((d) => sameSpan(d, node))) return occurrence(doc, 'definition', section, node.value, node);
  }
  // Alias expansions are separate node objects with the anchor's span: compare spans, not identity.
  const ref = doc.references().find((r) => sameSpan(r.node, node));
  return ref ? occurrence(doc, 'reference', ref.target, ref.id, ref.node) : undefined;
}

/**
 * Every occurrence of `id` in `section`: its definitions (more than one when the id is
 * duplicated) and every reference to it, in source order, each span once.
 */
export function occurrencesOf(doc: StrategyDocument, section: IdSection, id: string): IdOccurrence[] {
  const found = new Map<number, IdOccurrence>();
  for (const node of doc.definitions(section).get(id) ?? []) {
    if (!found.has(node.start)) found.set(node.start, occurrence(doc, 'definition', section, id, node));
  }
  for (const ref of doc.references()) {
    if (ref.target === section && ref.id === id && !found.has(ref.node.start)) {
      found.set(ref.node.start, occurrence(doc, 'reference', section, id, ref.node));
    }
  }
  return [...found.values()].sort((a, b) => a.span.start - b.span.start);
}

/**
 * Go to definition: from a reference, the defining `id:` value(s) of the item it names; from a
 * definition, itself. Empty when the offset is on no id or the id is defined nowhere.
 */
export function findDefinitions(doc: StrategyDocument, offset: number): DefinitionTarget[] {
  const at = idOccurrenceAt(doc, offset);
  if (!at) return [];
  const definitions = at.role === 'definition' ? [at] : occurrencesOf(doc, at.section, at.id).filter((o) => o.role === 'definition');
  return definitions.map((def) => {
    const item = doc.definingItem(def.node) ?? def.node;
    return {
      origin: at.span,
      target: def.span,
      item: { start: Math.min(item.start, def.span.start), end: Math.max(item.end, def.span.end) },
    };
  });
}

/**
 * Find references: every reference to the id at `offset` (from its definition or from any
 * reference), plus its definitions when `includeDeclaration`, in source order.
 */
export function findReferences(doc: StrategyDocument, offset: number, includeDeclaration: boolean): Span[] {
  const at = idOccurrenceAt(doc, offset);
  if (!at) return [];
  return occurrencesOf(doc, at.section, at.id)
    .filter((o) => includeDeclaration || o.role === 'reference')
    .map((o) => o.span);
}

/**
 * Whether the id at `offset` can be renamed: its span (what the rename box covers) and current
 * text, or a message in `locale` saying why not.
 */
export function prepareRename(doc: StrategyDocument, offset: number, locale: Locale): RenameAnswer<{ span: Span; placeholder: string }> {
  const at = idOccurrenceAt(doc, offset);
  if (!at) return refuse(MESSAGES.notAnId, locale);
  return { ok: true, value: { span: at.span, placeholder: at.id } };
}

/**
 * The edits renaming the id at `offset` to `newName` everywhere in the file: every definition and
 * every reference, replacing only the characters of the id so quotes and formatting stay.
 *
 * Refused (with a message in `locale`) when the offset is on no id, when `newName` is not a
 * kebab-case id, or when another item of the same section already has that id: the rename would
 * merge two items' references silently. Renaming an id nobody defines (a dangling reference)
 * moves its references, and may point them at an existing item; that creates no duplicate.
 * A duplicated id is renamed in all its definitions: we cannot tell which item its references mean.
 */
export function renameEdits(doc: StrategyDocument, offset: number, newName: string, locale: Locale): RenameAnswer<TextEdit[]> {
  const at = idOccurrenceAt(doc, offset);
  if (!at) return refuse(MESSAGES.notAnId, locale);
  // Stray spaces typed into the rename box are not part of the name.
  const name = newName.trim();
  if (!ID_PATTERN.test(name)) return refuse(MESSAGES.invalidId, locale, { name });
  if (name === at.id) return { ok: true, value: [] };
  const definitions = doc.definitions(at.section);
  if (definitions.has(at.id) && definitions.has(name)) return refuse(MESSAGES.collision, locale, { name, section: at.section });
  const edits = occurrencesOf(doc, at.section, at.id).map((o) => ({ start: o.span.start, end: o.span.end, newText: name }));
  return { ok: true, value: edits };
}

/** The id section whose item defines `node` as its `id:` value (`goals[3].id`), if any. */
function definingSection(doc: StrategyDocument, node: ScalarNode): IdSection | undefined {
  const path = locate(doc.parsed.root, node)?.path;
  const section = path?.[0];
  return path?.length === 3 && typeof path[1] === 'number' && path[2] === 'id' && typeof section === 'string' && isIdSection(section) ? section : undefined;
}

function occurrence(doc: StrategyDocument, role: IdOccurrence['role'], section: IdSection, id: string, node: ScalarNode): IdOccurrence {
  return { role, section, id, node, span: idSpan(doc.text, node) };
}

/**
 * The characters of a scalar's value: inside the quotes of a quoted scalar, so an edit keeps
 * them; a block scalar (`|`, `>`) is taken whole without its trailing line breaks, since a
 * valid id written over it becomes a plain scalar.
 */
export function idSpan(text: string, node: ScalarNode): Span {
  const first = text[node.start];
  if ((first === '"' || first === "'") && node.end - node.start >= 2 && text[node.end - 1] === first) {
    return { start: node.start + 1, end: node.end - 1 };
  }
  let end = node.end;
  while (end > node.start && /\s/.test(text[end - 1] ?? '')) end--;
  return { start: node.start, end };
}

function sameSpan(a: ScalarNode, b: ScalarNode): boolean {
  return a.start === b.start && a.end === b.end;
}

function refuse(message: Localized, locale: Locale, args: Record<string, string> = {}): { ok: false; message: string } {
  return { ok: false, message: format(message, locale, args) };
}
