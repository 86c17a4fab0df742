import type { ErrorObject } from 'ajv';
import { itemValidators, validateRoot, type Validator } from './generated/strategyValidator';
import { format, formatAll, type Locale, type Localized } from '../i18n/locale';
import { keyText, nearestNode, nodeAt, pairOf, toPlain, type MapNode, type Node, type Path, type SeqNode } from '../syntax/ast';
import type { StrategyDocument } from '../model/document';
import type { Finding } from '../problem';
import { ID_PATTERN } from '../model/sections';
import { nearest, toKebabId } from '../text/suggest';
import { firstLineOf } from '../text/lines';
import { propertiesAt } from './navigate';
import { MORE as M_MORE, OR, SCHEMA_MESSAGES as M, TYPE_NAMES } from './messages';

/**
 * Checks a parsed strategy against the JSON Schema and turns each ajv error into a finding with a
 * plain message, pointed at the exact key or value: `required` at the parent's key,
 * `additionalProperties` at the unknown key, everything else at the value.
 */
/** Schema errors of list items (paths relative to the item), by the item's piece and section. */
export type SchemaCache = WeakMap<Node, Map<string, readonly ErrorObject[]>>;

export function validateSchema(doc: StrategyDocument, cache?: SchemaCache): Finding[] {
  const root = doc.parsed.root;
  if (!root || (root.kind === 'scalar' && root.value === null)) {
    return [finding('schema/type', M.empty, { start: 0, end: 0 })];
  }
  if (root.kind !== 'map') {
    return [finding('schema/type', M.rootNotMap, firstLineOf(doc.text, root))];
  }
  const errors = validateTree(root, doc.parsed.origins, cache);
  if (errors.length === 0) return [];
  const reduced = reduceNoise(errors);
  const findings = reduced.map((error) => toFinding(doc, error));
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.start}:${f.rule}:${f.message.en}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The schema's errors for a strategy tree: the root with the items of list sections left open,
 * then each item against its own schema (one call per item, so errors add up linearly).
 */
function validateTree(root: MapNode, origins?: ReadonlyMap<Node, Node>, cache?: SchemaCache): ErrorObject[] {
  const errors: ErrorObject[] = [];
  const plain: Record<string, unknown> = {};
  const lists: [string, SeqNode][] = [];
  for (const pair of root.pairs) {
    const key = keyText(pair.key);
    if (Object.prototype.hasOwnProperty.call(plain, key)) continue;
    const listed = Object.prototype.hasOwnProperty.call(itemValidators, key) && pair.value.kind === 'seq';
    if (listed) lists.push([key, pair.value as SeqNode]);
    // The root only checks a list's own shape (its type, its length): placeholders stand for items.
    setOwn(plain, key, listed ? new Array<null>((pair.value as SeqNode).items.length).fill(null) : toPlain(pair.value));
  }
  collect(validateRoot, plain, '', errors);
  for (const [key, list] of lists) {
    const validate = itemValidators[key]!;
    list.items.forEach((item, i) => {
      const prefix = `/${escapePointer(key)}/${i}`;
      // An item whose text did not change has the same errors: only paths need its new index.
      const origin = cache && origins?.get(item);
      let bySection = origin ? cache!.get(origin) : undefined;
      let found = bySection?.get(key);
      if (!found) {
        const own: ErrorObject[] = [];
        collect(validate, toPlain(item), '', own);
        found = own;
        if (origin) {
          if (!bySection) cache!.set(origin, (bySection = new Map()));
          bySection.set(key, found);
        }
      }
      for (const e of found) errors.push({ ...e, instancePath: prefix + e.instancePath });
    });
  }
  return errors;
}

/**
 * Everything the schema says about plain data, the way the linter checks a tree: the shipped
 * validators, root then items. For tools and tests that start from parsed YAML rather than a tree.
 */
export function validateStrategyData(data: unknown): ErrorObject[] {
  const errors: ErrorObject[] = [];
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    collect(validateRoot, data, '', errors);
    return errors;
  }
  const plain: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    const listed = Object.prototype.hasOwnProperty.call(itemValidators, key) && Array.isArray(value);
    setOwn(plain, key, listed ? new Array<null>(value.length).fill(null) : value);
  }
  collect(validateRoot, plain, '', errors);
  for (const [key, value] of Object.entries(data)) {
    if (!Object.prototype.hasOwnProperty.call(itemValidators, key) || !Array.isArray(value)) continue;
    value.forEach((item: unknown, i) => collect(itemValidators[key]!, item, `/${escapePointer(key)}/${i}`, errors));
  }
  return errors;
}

function collect(validate: Validator, data: unknown, prefix: string, into: ErrorObject[]): void {
  if (validate(data)) return;
  for (const e of validate.errors ?? []) into.push(prefix === '' ? e : { ...e, instancePath: prefix + e.instancePath });
}

/** Own property, even for `__proto__`: keys come from the file. */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Splits an ajv instancePath (`/goals/0/kpis`) into data path segments. */
export function parseInstancePath(instancePath: string): (string | number)[] {
  if (instancePath === '') return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((raw) => raw.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((seg) => (/^(0|[1-9]\d*)$/.test(seg) ? Number(seg) : seg));
}

/**
 * Drops `anyOf`/`oneOf` summaries when a more specific error exists at or under the same path,
 * and, at one path, prefers an `enum` error to the `pattern`/`type` errors of other branches
 * (a KPI metric is an enum value or `custom:…`: the enum error is the useful one).
 */
export function reduceNoise(errors: readonly ErrorObject[]): ErrorObject[] {
  // Indexes by path, so the cost is linear in the number of errors (a broken file can have tens
  // of thousands): every path at or above a specific error, and every path with an enum error.
  const coveredBySpecific = new Set<string>();
  const withEnum = new Set<string>();
  for (const e of errors) {
    if (e.keyword === 'anyOf' || e.keyword === 'oneOf') continue;
    if (e.keyword === 'enum') withEnum.add(e.instancePath);
    for (let path = e.instancePath; !coveredBySpecific.has(path); path = path.slice(0, path.lastIndexOf('/'))) {
      coveredBySpecific.add(path);
      if (path === '') break;
    }
  }
  // Several `type` errors at one path (branches of an anyOf) become one listing every type.
  const typeAt = new Map<string, ErrorObject>();
  const merged: ErrorObject[] = [];
  for (const e of errors) {
    if ((e.keyword === 'anyOf' || e.keyword === 'oneOf') && coveredBySpecific.has(e.instancePath)) continue;
    if ((e.keyword === 'pattern' || e.keyword === 'type') && withEnum.has(e.instancePath)) continue;
    const twin = e.keyword === 'type' ? typeAt.get(e.instancePath) : undefined;
    if (twin) {
      (twin.params as { type: string }).type += `,${(e.params as { type: string }).type}`;
      continue;
    }
    const copy = { ...e, params: { ...e.params } };
    if (e.keyword === 'type') typeAt.set(e.instancePath, copy);
    merged.push(copy);
  }
  return merged;
}

function toFinding(doc: StrategyDocument, error: ErrorObject): Finding {
  const path = parseInstancePath(error.instancePath);
  const { node, depth } = nearestNode(doc.parsed.root, path);
  const value = depth === path.length ? node : undefined;
  const field = String(path.filter((s) => typeof s === 'string').at(-1) ?? 'strategy');
  const rule = `schema/${error.keyword}`;
  const params = error.params as Record<string, unknown>;
  const shown = value?.kind === 'scalar' ? String(value.value) : '';
  const at = value ?? node;
  // `key:` with nothing after it: say so, instead of quoting YAML's null back at the user.
  const empty = value?.kind === 'scalar' && value.value === null;
  const span = at ? spanOf(doc, at) : doc.fileAnchor();
  const base = { data: { path } };

  switch (error.keyword) {
    case 'required': {
      const property = String(params.missingProperty);
      const message = path.length === 0 ? M.requiredRoot : M.required;
      const where = value ? headOf(doc, path) : span;
      return { ...finding(rule, fill(message, { property, parent: parentName(path) }), where), ...base };
    }
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const keyNode = value?.kind === 'map' ? value.pairs.find((p) => keyText(p.key) === key)?.key : undefined;
      const suggestion = nearest(key, [...propertiesAt(path).keys()]);
      const message = suggestion ? M.additionalPropertiesSuggest : M.additionalProperties;
      return {
        ...finding(rule, fill(message, { key, parent: parentName(path), suggestion: suggestion ?? '' }), keyNode ? spanOf(doc, keyNode) : span),
        data: suggestion ? { path: [...path, key], replacement: suggestion } : { path: [...path, key] },
      };
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const list = (locale: Locale) => allowedList(allowed, locale);
      if (empty) return { ...finding(rule, formatAll(M.emptyEnum, (locale) => ({ field, allowed: list(locale) })), span), ...base };
      const suggestion = nearest(shown, allowed);
      if (suggestion) {
        return { ...finding(rule, fill(M.enumSuggest, { value: shown, field, suggestion }), span), data: { path, replacement: suggestion } };
      }
      return { ...finding(rule, formatAll(M.enum, (locale) => ({ value: shown, field, allowed: list(locale) })), span), ...base };
    }
    case 'const':
      return { ...finding(rule, fill(M.const, { field, allowed: JSON.stringify(params.allowedValue) }), span), ...base };
    case 'type': {
      if (empty) return { ...finding(rule, fill(M.emptyValue, { field }), span), ...base };
      const types = String(params.type).split(',');
      const expected = (locale: Locale) => types.map((t) => TYPE_NAMES[t]?.[locale] ?? t).join(OR[locale]);
      return { ...finding(rule, formatAll(M.type, (locale) => ({ field, expected: expected(locale) })), span), ...base };
    }
    case 'pattern': {
      const pattern = String(params.pattern);
      if (pattern === ID_PATTERN.source) {
        const suggestion = toKebabId(shown) ?? 'my-id';
        return { ...finding(rule, fill(M.id, { value: shown, suggestion }), span), data: { path, replacement: suggestion } };
      }
      if (pattern.includes(':[0-5]')) return { ...finding(rule, M.time, span), ...base };
      return { ...finding(rule, fill(M.pattern, { value: shown, field }), span), ...base };
    }
    case 'format':
      return { ...finding(rule, params.format === 'date' ? fill(M.date, { value: shown }) : fill(M.format, { value: shown, format: String(params.format) }), span), ...base };
    case 'minimum': case 'maximum': case 'exclusiveMinimum': case 'exclusiveMaximum':
    case 'minItems': case 'maxItems': case 'maxLength':
      return { ...finding(rule, fill(M[error.keyword], { field, limit: String(params.limit) }), span), ...base };
    case 'minLength':
    case 'uniqueItems':
    case 'anyOf':
    case 'oneOf':
      return { ...finding(rule, fill(error.keyword === 'oneOf' ? M.anyOf : M[error.keyword], { field }), span), ...base };
    default:
      return { ...finding(rule, fill(M.other, { field, keyword: error.keyword }), span), ...base };
  }
}

/** Allowed values for a message: all of a short list, the first twelve of a long one. */
function allowedList(allowed: readonly string[], locale: Locale): string {
  if (allowed.length <= 14) return allowed.join(', ');
  return `${allowed.slice(0, 12).join(', ')} ${format(M_MORE, locale, { n: allowed.length - 12 })}`;
}

function finding(rule: string, message: Localized, span: { start: number; end: number }): Finding {
  return { rule, message, start: span.start, end: span.end };
}

function fill(message: Localized, args: Record<string, string>): Localized {
  return formatAll(message, () => args);
}

function parentName(path: Path): string {
  const last = path.at(-1);
  const named = [...path].reverse().find((s) => typeof s === 'string');
  if (typeof last === 'number') return `${String(named ?? '')}[${last + 1}]`;
  return String(named ?? 'strategy');
}

/** A node's span, cut to its first line: a whole section underlined is noise, not precision. */
function spanOf(doc: StrategyDocument, node: Node): { start: number; end: number } {
  return firstLineOf(doc.text, node);
}

/** Where to say "the mapping at `path` lacks a key": the key that owns it, else its first line. */
function headOf(doc: StrategyDocument, path: Path): { start: number; end: number } {
  if (path.length === 0) return doc.fileAnchor();
  const parent = nodeAt(doc.parsed.root, path.slice(0, -1));
  const last = path.at(-1);
  const owner = parent?.kind === 'map' && typeof last === 'string' ? pairOf(parent, last)?.key : undefined;
  const node = owner ?? nodeAt(doc.parsed.root, path);
  return node ? spanOf(doc, node) : doc.fileAnchor();
}
