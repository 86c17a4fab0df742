/**
 * Shared by the schema tests and `scripts/update-schema-fixtures.ts`: the shipped validators and
 * one error reduction, so the committed `*.errors.json` files are produced exactly the way the
 * tests compare them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ErrorObject } from 'ajv';
import { parse } from 'yaml';
import { validateStrategyData } from '../../src/core/schema/validate';
import type { JsonSchema } from '../../scripts/lib/strategyAjv';

export { createAjv, type JsonSchema } from '../../scripts/lib/strategyAjv';

export const REPO_ROOT = join(__dirname, '..', '..');
export const SCHEMA_PATH = join(REPO_ROOT, 'schemas', 'smm.schema.json');
export const FIXTURES_DIR = join(__dirname, 'fixtures');
export const EXAMPLES_DIR = join(REPO_ROOT, 'examples');


/** An ajv error without the parts that only restate the schema (`schemaPath`, `message`). */
export interface ReducedError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
}

export function loadSchema(): JsonSchema {
  return JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as JsonSchema;
}

/**
 * Reduces ajv errors to `{ instancePath, keyword, params }`, sorted by instancePath, then keyword,
 * then params. Plain code-unit comparison, not localeCompare, so the order never depends on the
 * machine's locale.
 */
export function reduceErrors(errors: readonly ErrorObject[] | null | undefined): ReducedError[] {
  const reduced = (errors ?? []).map((e) => ({ instancePath: e.instancePath, keyword: e.keyword, params: { ...e.params } }));
  return reduced.sort((a, b) =>
    compare(a.instancePath, b.instancePath) || compare(a.keyword, b.keyword) || compare(JSON.stringify(a.params), JSON.stringify(b.params)));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Parses a strategy file as YAML 1.2 (core schema), like the editor: dates stay strings. */
export function readYaml(path: string): unknown {
  return parse(readFileSync(path, 'utf8'));
}

/** Validates a file with the validators the product ships and returns its reduced errors (empty when valid). */
export function validateFile(path: string): ReducedError[] {
  return reduceErrors(validateStrategyData(readYaml(path)));
}

/** Absolute paths of the `*.smm.yaml` fixtures of one kind, sorted by name. */
export function listFixtures(kind: 'valid' | 'invalid'): string[] {
  const dir = join(FIXTURES_DIR, kind);
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.smm.yaml')).sort().map((f) => join(dir, f));
}

/** `foo.smm.yaml` → `foo.errors.json` beside it. */
export function errorsFileFor(fixture: string): string {
  return fixture.replace(/\.smm\.yaml$/, '.errors.json');
}

/** The exact text a `*.errors.json` file must contain: 2-space JSON and a final newline. */
export function formatErrors(errors: readonly ReducedError[]): string {
  return JSON.stringify(errors, null, 2) + '\n';
}
