import type { JsonSchema } from '../../schema/navigate';

/**
 * The user-facing texts of one schema node, found at a JSON pointer into the schema file
 * (`/definitions/goal/properties/type`). The pointer is what the translation catalogues are keyed by.
 */
export interface SchemaTextEntry {
  readonly pointer: string;
  readonly title?: string;
  readonly description?: string;
  /** Every enum value of the node, with its plain-text description when the schema gives one. */
  readonly enum?: readonly { readonly value: string; readonly description?: string }[];
}

/**
 * Every schema node that carries a title, a description or enum values, in document order.
 * @example schemaTextEntries(STRATEGY_SCHEMA).find((e) => e.pointer === '/properties/phase')
 * // { pointer: '/properties/phase', title: 'Phase', description: '…', enum: [{ value: 'planning', description: '…' }, …] }
 */
export function schemaTextEntries(schema: JsonSchema): SchemaTextEntry[] {
  const out: SchemaTextEntry[] = [];
  const visit = (node: JsonSchema, pointer: string): JsonSchema => {
    const values = node.enum?.filter((v): v is string => typeof v === 'string');
    if (node.title !== undefined || node.description !== undefined || values?.length) {
      out.push({
        pointer,
        ...(node.title !== undefined ? { title: node.title } : {}),
        ...(node.description !== undefined ? { description: node.description } : {}),
        ...(values?.length ? { enum: values.map((value) => withDescription(value, node.enumDescriptions?.[node.enum!.indexOf(value)])) } : {}),
      });
    }
    mapSubschemas(node, pointer, visit);
    return node;
  };
  visit(schema, '');
  return out;
}

function withDescription(value: string, description: string | undefined): { value: string; description?: string } {
  return description === undefined ? { value } : { value, description };
}

/**
 * The keywords of `node` that hold sub-schemas, each mapped through `map` with its JSON pointer.
 * Data keywords (`examples`, `defaultSnippets`, `default`) are left alone. Spread the result
 * over a copy of `node` to rebuild it.
 */
export function mapSubschemas(node: JsonSchema, pointer: string, map: (sub: JsonSchema, pointer: string) => JsonSchema): Partial<Record<keyof JsonSchema, unknown>> {
  const out: Partial<Record<keyof JsonSchema, unknown>> = {};
  if (node.items) out.items = map(node.items, `${pointer}/items`);
  if (node.additionalProperties && typeof node.additionalProperties === 'object') {
    out.additionalProperties = map(node.additionalProperties, `${pointer}/additionalProperties`);
  }
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
    const list = node[key];
    if (list) out[key] = list.map((sub, i) => map(sub, `${pointer}/${key}/${i}`));
  }
  for (const key of ['properties', 'definitions'] as const) {
    const record = node[key];
    if (record) out[key] = Object.fromEntries(Object.entries(record).map(([name, sub]) => [name, map(sub, `${pointer}/${key}/${escapePointer(name)}`)]));
  }
  return out;
}

/** RFC 6901: `~` and `/` inside a name are written `~0` and `~1`. */
function escapePointer(name: string): string {
  return name.replace(/~/g, '~0').replace(/\//g, '~1');
}
