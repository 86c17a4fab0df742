/**
 * The one ajv set-up for the strategy schema, shared by the validator generator (what ships) and
 * the schema tests, so both compile the schema the same way.
 */
import Ajv from 'ajv';
import addFormats from 'ajv-formats';

/**
 * Keywords that VS Code and yaml-language-server read but JSON Schema does not define.
 * Registering them as vocabulary keeps ajv's strict mode on (an unknown keyword is then a
 * real typo in the schema, not an editor annotation).
 */
export const EDITOR_KEYWORDS = [
  'markdownDescription', 'markdownEnumDescriptions', 'enumDescriptions', 'defaultSnippets',
  'deprecationMessage', 'errorMessage', 'doNotSuggest',
];

/** The formats the schema uses; ajv-formats' others would only grow the generated code. */
export const FORMATS = ['date', 'uri', 'email'] as const;

export type JsonSchema = Record<string, unknown>;

/** All errors, strict mode, our formats and the editor keywords. */
export function createAjv(options: ConstructorParameters<typeof Ajv>[0] = {}): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: true, ...options });
  addFormats(ajv, [...FORMATS]);
  ajv.addVocabulary(EDITOR_KEYWORDS);
  return ajv;
}

/**
 * The schema split for validation piece by piece: the top-level sections that are lists of
 * items (`goals: [ {…} ]`) are checked item by item with the item's own schema, and the root
 * with those lists' items left open. Validating one huge tree made ajv concatenate each item's
 * errors onto all the errors before it (quadratic), and an item can now be checked alone.
 */
export function splitSchema(schema: JsonSchema): { root: JsonSchema; items: Record<string, JsonSchema> } {
  const id = String(schema.$id);
  const properties = schema.properties as Record<string, JsonSchema>;
  const items: Record<string, JsonSchema> = {};
  const rootProperties: Record<string, JsonSchema> = {};
  for (const [key, property] of Object.entries(properties)) {
    const itemRef = (property.items as JsonSchema | undefined)?.$ref;
    if (property.type === 'array' && typeof itemRef === 'string' && property.uniqueItems === undefined) {
      items[key] = { $id: `smm:item/${key}`, $ref: `${id}${itemRef}` };
      rootProperties[key] = { ...property, items: true };
    } else {
      rootProperties[key] = property;
    }
  }
  const { definitions: _definitions, $schema: _meta, ...rest } = schema;
  // The root refers to the full schema's definitions, so each is compiled once.
  const root = absoluteRefs({ ...rest, $id: 'smm:root', properties: rootProperties }, id) as JsonSchema;
  return { root, items };
}

function absoluteRefs(value: unknown, id: string): unknown {
  if (Array.isArray(value)) return value.map((v) => absoluteRefs(v, id));
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === '$ref' && typeof v === 'string' && v.startsWith('#') ? `${id}${v}` : absoluteRefs(v, id)]));
}
