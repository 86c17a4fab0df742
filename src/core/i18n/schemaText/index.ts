import { schemasAt, STRATEGY_SCHEMA, type JsonSchema } from '../../schema/navigate';
import { escapeMarkdown } from '../../text/markdown';
import type { Locale } from '../locale';
import { EN_ENUM_LABELS } from './en';
import { mapSubschemas } from './entries';
import { HY } from './hy';
import { RU } from './ru';

/**
 * The schema's user-facing texts in Armenian and Russian. The schema file keeps its English text
 * for other YAML tools; these catalogues are keyed by JSON pointer into it
 * (`/definitions/goal/properties/type`), so a translation stays attached to its node however the
 * schema is reorganised around it. A unit test keeps them complete: every title, description and
 * enum value has an entry in each language, none a copy of the English, none for a node that
 * no longer exists.
 */
export interface SchemaTranslation {
  readonly title?: string;
  /** Plain text, no markdown: also what hovers show in place of the English `markdownDescription`. */
  readonly description?: string;
  /** By enum value: a short label (what a plan or a completion list shows) and what the value means. */
  readonly enum?: Readonly<Record<string, { readonly label: string; readonly description: string }>>;
}

export type SchemaCatalogue = Readonly<Record<string, SchemaTranslation>>;

/** The translated catalogues, by locale (English lives in the schema itself, plus {@link EN_ENUM_LABELS}). */
export const SCHEMA_CATALOGUES: { readonly hy: SchemaCatalogue; readonly ru: SchemaCatalogue } = { hy: HY, ru: RU };

/** Title and description of the schema node at `pointer`, in `locale`; undefined for an unknown pointer. */
export function schemaText(pointer: string, locale: Locale): { title?: string; description?: string } | undefined {
  const node = nodeAtPointer(localizedSchema(locale), pointer);
  if (!node) return undefined;
  return { ...(node.title !== undefined ? { title: node.title } : {}), ...(node.description !== undefined ? { description: node.description } : {}) };
}

/**
 * The short label of an enum value of the node at `pointer` (`enumLabel('/definitions/network',
 * 'vk', 'ru')` → `'ВКонтакте'`); undefined when the node has no such value.
 */
export function enumLabel(pointer: string, value: string, locale: Locale): string | undefined {
  const node = nodeAtPointer(localizedSchema(locale), pointer);
  const i = node?.enum?.indexOf(value) ?? -1;
  return i < 0 ? undefined : node?.enumLabels?.[i];
}

/**
 * The title of the field at a data path (`['goals', 0, 'kpis', 1, 'per']`) in `locale`.
 * Answers are cached by the path's shape, so asking once per rendered field stays cheap.
 */
export function fieldTitle(path: readonly (string | number)[], locale: Locale): string | undefined {
  return lookup(path, locale).title;
}

/** The short label of an enum `value` at a data path, in `locale`; undefined when the value is not in the enum. */
export function enumLabelAt(path: readonly (string | number)[], value: string, locale: Locale): string | undefined {
  return lookup(path, locale).labels.get(value);
}

/**
 * The whole schema with its titles, descriptions and enum descriptions in `locale`, and each enum's
 * short labels in the extra `enumLabels` keyword. Built once per locale. Pass it as the `root` of
 * `schemasAt`, `documentationAt` and `enumAt` (`src/core/schema/navigate.ts`) to get hovers and
 * completion details in the file's language. `markdownDescription` becomes the escaped plain
 * translation in hy and ru (the English one stays as written).
 */
export function localizedSchema(locale: Locale): JsonSchema {
  let schema = localized.get(locale);
  if (!schema) localized.set(locale, (schema = translate(STRATEGY_SCHEMA, '', locale === 'en' ? undefined : SCHEMA_CATALOGUES[locale])));
  return schema;
}

const localized = new Map<Locale, JsonSchema>();

function translate(node: JsonSchema, pointer: string, catalogue: SchemaCatalogue | undefined): JsonSchema {
  const own = catalogue?.[pointer];
  const out: Record<string, unknown> = { ...node };
  if (own?.title !== undefined) out.title = own.title;
  if (own?.description !== undefined) {
    out.description = own.description;
    if (node.markdownDescription !== undefined) out.markdownDescription = escapeMarkdown(own.description);
  }
  if (node.enum) {
    const values = node.enum.map(String);
    const english = EN_ENUM_LABELS[pointer];
    out.enumLabels = values.map((v) => own?.enum?.[v]?.label ?? english?.[v] ?? v);
    if (own?.enum) {
      const descriptions = values.map((v, i) => own.enum?.[v]?.description ?? node.enumDescriptions?.[i] ?? '');
      out.enumDescriptions = descriptions;
      if (node.markdownEnumDescriptions) out.markdownEnumDescriptions = descriptions.map(escapeMarkdown);
    }
  }
  Object.assign(out, mapSubschemas(node, pointer, (sub, at) => translate(sub, at, catalogue)));
  return out as JsonSchema;
}

function nodeAtPointer(root: JsonSchema, pointer: string): JsonSchema | undefined {
  if (pointer === '') return root;
  let node: unknown = root;
  for (const raw of pointer.slice(1).split('/')) {
    const part = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    node = node && typeof node === 'object' && Object.prototype.hasOwnProperty.call(node, part) ? (node as Record<string, unknown>)[part] : undefined;
  }
  return node && typeof node === 'object' ? (node as JsonSchema) : undefined;
}

interface FieldTexts {
  readonly title: string | undefined;
  readonly labels: ReadonlyMap<string, string>;
}

/**
 * Answers by locale, then path shape (list indexes as `#`), as a tree walked segment by segment:
 * no key string is built per question. Only paths the schema knows get a branch, so the tree
 * stays schema-sized whatever keys a file invents.
 */
interface Branch {
  readonly next: Map<string, Branch>;
  texts?: FieldTexts;
}

const fieldCache = new Map<Locale, Branch>();

function lookup(path: readonly (string | number)[], locale: Locale): FieldTexts {
  let branch: Branch | undefined = fieldCache.get(locale);
  if (!branch) fieldCache.set(locale, (branch = { next: new Map() }));
  for (const segment of path) {
    const next: Branch | undefined = branch.next.get(shapeOf(segment));
    if (!next) return remember(path, locale);
    branch = next;
  }
  return (branch.texts ??= textsAt(path, locale));
}

/** Looks a path up in the schema, and keeps the answer when the schema knows the path. */
function remember(path: readonly (string | number)[], locale: Locale): FieldTexts {
  const texts = textsAt(path, locale);
  if (!texts.known) return texts;
  let branch: Branch = fieldCache.get(locale)!;
  for (const segment of path) {
    let next: Branch | undefined = branch.next.get(shapeOf(segment));
    if (!next) branch.next.set(shapeOf(segment), (next = { next: new Map() }));
    branch = next;
  }
  branch.texts = texts;
  return texts;
}

function shapeOf(segment: string | number): string {
  return typeof segment === 'number' ? '#' : segment;
}

function textsAt(path: readonly (string | number)[], locale: Locale): FieldTexts & { known: boolean } {
  const schemas = schemasAt(path, localizedSchema(locale));
  const labels = new Map<string, string>();
  for (const s of schemas) {
    s.enum?.forEach((v, i) => {
      const label = s.enumLabels?.[i];
      if (typeof v === 'string' && label !== undefined && !labels.has(v)) labels.set(v, label);
    });
  }
  return { title: schemas.find((s) => s.title !== undefined)?.title, labels, known: schemas.length > 0 };
}
