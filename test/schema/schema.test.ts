/**
 * Fixture-driven tests of schemas/smm.schema.json (the approach of ansible-lint's test/schemas):
 * valid fixtures must pass, invalid ones must fail with exactly the errors committed beside them,
 * so every schema change shows up as a reviewable diff of `*.errors.json`.
 * Regenerate those files with `npx tsx scripts/update-schema-fixtures.ts`.
 */
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import {
  EXAMPLES_DIR, createAjv, errorsFileFor, listFixtures, loadSchema, readYaml,
  reduceErrors, validateFile, type JsonSchema, type ReducedError,
} from './schemaHarness';

const schema = loadSchema();

/** Keywords whose value is a schema, a list of schemas or a map of schemas (draft-07). */
const SCHEMA_KEYWORDS = ['items', 'additionalItems', 'additionalProperties', 'contains', 'propertyNames', 'not', 'if', 'then', 'else'];
const SCHEMA_LIST_KEYWORDS = ['items', 'allOf', 'anyOf', 'oneOf'];
const SCHEMA_MAP_KEYWORDS = ['properties', 'patternProperties', 'definitions', 'dependencies'];

interface Visited { pointer: string; node: JsonSchema; parentKeyword?: string }

/** Every subschema with its JSON pointer; `examples`, `default` and snippets are data and are skipped. */
function walk(node: JsonSchema, pointer = '', parentKeyword?: string, out: Visited[] = []): Visited[] {
  out.push({ pointer, node, ...(parentKeyword ? { parentKeyword } : {}) });
  const isSchema = (v: unknown): v is JsonSchema => typeof v === 'object' && v !== null && !Array.isArray(v);
  for (const kw of SCHEMA_KEYWORDS) {
    const v = node[kw];
    if (isSchema(v)) walk(v, `${pointer}/${kw}`, kw, out);
  }
  for (const kw of SCHEMA_LIST_KEYWORDS) {
    const v = node[kw];
    if (Array.isArray(v)) v.forEach((s, i) => { if (isSchema(s)) walk(s, `${pointer}/${kw}/${i}`, kw, out); });
  }
  for (const kw of SCHEMA_MAP_KEYWORDS) {
    const v = node[kw];
    if (isSchema(v)) {
      for (const [key, s] of Object.entries(v)) if (isSchema(s)) walk(s, `${pointer}/${kw}/${escapePointer(key)}`, kw, out);
    }
  }
  return out;
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

const nodes = walk(schema);

describe('smm.schema.json', () => {
  describe('the schema itself', () => {
    it('is draft-07 with the stable $id', () => {
      assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
      assert.equal(schema.$id, 'https://smm-strategy.dev/schemas/smm.schema.json');
    });

    it('compiles in ajv strict mode without warnings', () => {
      // The same set-up as the shipped validators (scripts/lib/strategyAjv.ts): strict mode, our
      // formats, and the editor keywords as vocabulary.
      const messages: unknown[] = [];
      const collect = (...args: unknown[]): void => { messages.push(args); };
      const ajv = createAjv({ logger: { log: () => undefined, warn: collect, error: collect } });
      assert.ok(ajv.validateSchema(schema), JSON.stringify(ajv.errors));
      ajv.compile(schema);
      assert.deepEqual(messages, []);
    });

    it('gives every property a title, description and markdownDescription', () => {
      const missing = nodes
        .filter((n) => n.parentKeyword === 'properties')
        .flatMap((n) => ['title', 'description', 'markdownDescription']
          .filter((k) => typeof n.node[k] !== 'string' || (n.node[k] as string).trim() === '')
          .map((k) => `${n.pointer}: ${k}`));
      assert.deepEqual(missing, []);
    });

    it('gives every enum enumDescriptions and markdownEnumDescriptions of the same length', () => {
      const wrong = nodes
        .filter((n) => Array.isArray(n.node.enum))
        .flatMap((n) => {
          const length = (n.node.enum as unknown[]).length;
          return ['enumDescriptions', 'markdownEnumDescriptions']
            .filter((k) => !Array.isArray(n.node[k]) || (n.node[k] as unknown[]).length !== length)
            .map((k) => `${n.pointer}: ${k}`);
        });
      assert.ok(nodes.some((n) => Array.isArray(n.node.enum)), 'the walk found no enums');
      assert.deepEqual(wrong, []);
    });

    it('writes every enum value in lowercase snake_case', () => {
      const bad = nodes.flatMap((n) => Array.isArray(n.node.enum)
        ? (n.node.enum as unknown[]).filter((v) => typeof v !== 'string' || !/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/.test(v)).map((v) => `${n.pointer}: ${String(v)}`)
        : []);
      assert.deepEqual(bad, []);
    });

    it('closes every object with additionalProperties: false', () => {
      const open = nodes.filter((n) => n.node.properties !== undefined && n.node.additionalProperties !== false).map((n) => n.pointer);
      assert.deepEqual(open, []);
    });

    it('gives every top-level section defaultSnippets and examples', () => {
      const sections = schema.properties as Record<string, JsonSchema>;
      assert.deepEqual(Object.keys(sections), [
        'version', 'locale', 'phase', 'brand', 'period', 'goals', 'audiences', 'value', 'competitors', 'research',
        'channels', 'content_pillars', 'calendar', 'voice', 'community', 'budget', 'reporting', 'team',
      ]);
      const missing: string[] = [];
      for (const [key, section] of Object.entries(sections)) {
        const snippets = section.defaultSnippets;
        if (!Array.isArray(snippets) || snippets.length === 0) missing.push(`${key}: defaultSnippets`);
        else if (!snippets.every((s: Record<string, unknown>) => typeof s.label === 'string' && typeof s.description === 'string' && 'body' in s)) missing.push(`${key}: defaultSnippets need label, description and body`);
        if (!Array.isArray(section.examples) || section.examples.length === 0) missing.push(`${key}: examples`);
      }
      assert.deepEqual(missing, []);
    });

    it('has examples that validate against their own subschema', () => {
      const ajv = createAjv();
      ajv.addSchema(schema);
      const withExamples = nodes.filter((n) => Array.isArray(n.node.examples));
      assert.ok(withExamples.length >= 18, `only ${withExamples.length} subschemas have examples`);
      const failures: string[] = [];
      for (const { pointer, node } of withExamples) {
        const check = ajv.compile({ $ref: `${String(schema.$id)}#${pointer}` });
        (node.examples as unknown[]).forEach((example, i) => {
          if (!check(example)) failures.push(`${pointer}/examples/${i}: ${JSON.stringify(reduceErrors(check.errors))}`);
        });
      }
      assert.deepEqual(failures, []);
    });
  });

  describe('valid fixtures', () => {
    const fixtures = listFixtures('valid');
    it('exist', () => assert.ok(fixtures.length >= 6, `only ${fixtures.length} valid fixtures`));
    for (const fixture of fixtures) {
      it(`accepts ${basename(fixture)}`, () => {
        assert.deepEqual(validateFile(fixture), []);
      });
    }
  });

  describe('invalid fixtures', () => {
    const fixtures = listFixtures('invalid');
    it('exist', () => assert.ok(fixtures.length >= 12, `only ${fixtures.length} invalid fixtures`));
    for (const fixture of fixtures) {
      it(`rejects ${basename(fixture)} with exactly the committed errors`, () => {
        const expectedFile = errorsFileFor(fixture);
        assert.ok(existsSync(expectedFile), `${basename(expectedFile)} is missing; run npx tsx scripts/update-schema-fixtures.ts`);
        const expected = JSON.parse(readFileSync(expectedFile, 'utf8')) as ReducedError[];
        const actual = validateFile(fixture);
        assert.notDeepEqual(actual, [], 'the fixture is valid, but it should show a mistake');
        assert.deepEqual(actual, expected);
      });
    }
    it('has no stale *.errors.json without a fixture', () => {
      const dir = join(__dirname, 'fixtures', 'invalid');
      const stale = readdirSync(dir).filter((f) => f.endsWith('.errors.json'))
        .filter((f) => !existsSync(join(dir, f.replace(/\.errors\.json$/, '.smm.yaml'))));
      assert.deepEqual(stale, []);
    });
  });

  describe('examples/', () => {
    const complete = readdirSync(EXAMPLES_DIR).filter((f) => f.endsWith('.smm.yaml') && f !== 'mistakes.smm.yaml').sort();

    it('has the three complete examples', () => {
      assert.ok(complete.length >= 3, complete.join(', '));
      for (const name of ['nush-coffee.en.smm.yaml', 'kumayri-bakery.hy.smm.yaml', 'glina-studio.ru.smm.yaml']) assert.ok(complete.includes(name), name);
      assert.ok(complete.some((f) => f.endsWith('.ru.smm.yaml')), 'no Russian example');
    });

    for (const name of complete) {
      it(`accepts ${name}`, () => {
        const path = join(EXAMPLES_DIR, name);
        assert.match(readFileSync(path, 'utf8').split('\n')[0] ?? '', /^# yaml-language-server: \$schema=\.\.\/schemas\/smm\.schema\.json$/);
        assert.deepEqual(validateFile(path), []);
      });
    }

    it('rejects mistakes.smm.yaml only for its deliberate schema-level mistakes', () => {
      const errors = validateFile(join(EXAMPLES_DIR, 'mistakes.smm.yaml'));
      assert.deepEqual(errors.map((e) => `${e.instancePath} ${e.keyword}`), [
        '/channels/2/network enum',
        '/competitors/0/presence/0 additionalProperties',
      ]);
    });

    it('keeps YAML 1.2 dates as strings', () => {
      const doc = readYaml(join(EXAMPLES_DIR, 'nush-coffee.en.smm.yaml')) as { period: { start: unknown } };
      assert.equal(typeof doc.period.start, 'string');
    });
  });
});
