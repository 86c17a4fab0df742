import rawSchema from '../../../schemas/smm.schema.json';

/**
 * Read-only access to the one JSON Schema: the validator, completion and hover all take their
 * knowledge (allowed keys, enum values, documentation) from here, so they cannot disagree.
 */
export interface JsonSchema {
  readonly $ref?: string;
  readonly type?: string | readonly string[];
  readonly title?: string;
  readonly description?: string;
  readonly markdownDescription?: string;
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly markdownEnumDescriptions?: readonly string[];
  readonly enumDescriptions?: readonly string[];
  /** Short labels of the enum values, by index: only in the localized copies made by `localizedSchema` (`src/core/i18n/schemaText`). */
  readonly enumLabels?: readonly string[];
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly required?: readonly string[];
  readonly items?: JsonSchema;
  readonly additionalProperties?: boolean | JsonSchema;
  readonly anyOf?: readonly JsonSchema[];
  readonly oneOf?: readonly JsonSchema[];
  readonly allOf?: readonly JsonSchema[];
  readonly pattern?: string;
  readonly format?: string;
  readonly examples?: readonly unknown[];
  readonly defaultSnippets?: readonly { readonly label?: string; readonly description?: string; readonly markdownDescription?: string; readonly body?: unknown; readonly bodyText?: string }[];
  readonly definitions?: Readonly<Record<string, JsonSchema>>;
  readonly deprecationMessage?: string;
}

export const STRATEGY_SCHEMA = rawSchema as unknown as JsonSchema;

/** Follows `$ref`s (local `#/definitions/...` only, which is all the strategy schema uses). */
export function resolveRef(schema: JsonSchema | undefined, root: JsonSchema = STRATEGY_SCHEMA): JsonSchema | undefined {
  let current = schema;
  for (let hops = 0; current?.$ref && hops < 32; hops++) {
    const ref: string = current.$ref;
    if (!ref.startsWith('#/')) return undefined;
    let target: unknown = root;
    for (const part of ref.slice(2).split('/')) {
      target = (target as Record<string, unknown> | undefined)?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
    }
    current = target as JsonSchema | undefined;
  }
  return current;
}

/** Documentation keywords a field may carry beside its `$ref` (VS Code shows the field's own). */
const DOC_KEYS = ['title', 'description', 'markdownDescription', 'examples', 'defaultSnippets', 'deprecationMessage'] as const;

/**
 * The alternatives a schema allows, with refs and `anyOf`/`oneOf`/`allOf` flattened. A field's
 * own title and descriptions written beside its `$ref` win over the shared shape's generic ones
 * (`deadline` says what a deadline is for, not just "a calendar date").
 */
export function alternatives(schema: JsonSchema | undefined, root: JsonSchema = STRATEGY_SCHEMA): JsonSchema[] {
  let resolved = resolveRef(schema, root);
  if (!resolved) return [];
  if (schema?.$ref && resolved !== schema) {
    const own = Object.fromEntries(DOC_KEYS.filter((k) => schema[k] !== undefined).map((k) => [k, schema[k]]));
    if (Object.keys(own).length > 0) resolved = { ...resolved, ...own };
  }
  const nested = [...(resolved.anyOf ?? []), ...(resolved.oneOf ?? []), ...(resolved.allOf ?? [])];
  if (nested.length === 0) return [resolved];
  return [resolved, ...nested.flatMap((s) => alternatives(s, root))];
}

/** The schemas that apply to the value at `path` (a data path: keys and list indexes). */
export function schemasAt(path: readonly (string | number)[], root: JsonSchema = STRATEGY_SCHEMA): JsonSchema[] {
  let current = alternatives(root, root);
  for (const segment of path) {
    const next: JsonSchema[] = [];
    for (const schema of current) {
      if (typeof segment === 'number') {
        if (schema.items) for (const s of alternatives(schema.items, root)) next.push(s);
        continue;
      }
      const property = schema.properties?.[segment];
      const inner = property ?? (typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined);
      if (inner) for (const s of alternatives(inner, root)) next.push(s);
    }
    current = next;
    if (current.length === 0) break;
  }
  return current;
}

/** Keys an object at `path` may have, with the schema of each (first definition wins). */
export function propertiesAt(path: readonly (string | number)[], root: JsonSchema = STRATEGY_SCHEMA): Map<string, JsonSchema> {
  const out = new Map<string, JsonSchema>();
  for (const schema of schemasAt(path, root)) {
    for (const [key, value] of Object.entries(schema.properties ?? {})) if (!out.has(key)) out.set(key, value);
  }
  return out;
}

/** Required keys of the object at `path`. */
export function requiredAt(path: readonly (string | number)[], root: JsonSchema = STRATEGY_SCHEMA): Set<string> {
  return new Set(schemasAt(path, root).flatMap((s) => s.required ?? []));
}

/**
 * Enum values allowed at `path`, each with its documentation when the schema gives one, and its
 * short label in a localized schema (`localizedSchema`).
 */
export function enumAt(path: readonly (string | number)[], root: JsonSchema = STRATEGY_SCHEMA): { value: string; doc?: string; label?: string }[] {
  const seen = new Set<string>();
  const out: { value: string; doc?: string; label?: string }[] = [];
  for (const schema of schemasAt(path, root)) {
    schema.enum?.forEach((value, i) => {
      if (typeof value !== 'string' || seen.has(value)) return;
      seen.add(value);
      const doc = schema.markdownEnumDescriptions?.[i] ?? schema.enumDescriptions?.[i];
      const label = schema.enumLabels?.[i];
      out.push({ value, ...(doc !== undefined ? { doc } : {}), ...(label !== undefined ? { label } : {}) });
    });
  }
  return out;
}

/** The documentation shown for the value at `path`: its markdown description, else its description. */
export function documentationAt(path: readonly (string | number)[], root: JsonSchema = STRATEGY_SCHEMA): { title?: string; markdown?: string } {
  for (const schema of schemasAt(path, root)) {
    const markdown = schema.markdownDescription ?? schema.description;
    if (markdown || schema.title) return { ...(schema.title ? { title: schema.title } : {}), ...(markdown ? { markdown } : {}) };
  }
  return {};
}
