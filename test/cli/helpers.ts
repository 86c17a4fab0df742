import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { buildSync } from 'esbuild';

export const REPO_ROOT = path.resolve(__dirname, '../..');
export const FIXTURES = path.join(__dirname, 'fixtures');

// The core imports the ajv standalone validator that `npm run build` generates (git-ignored). These
// tests must not depend on the build having run first, so generate it when it is missing; this runs
// on import, before any module that needs it is loaded.
const VALIDATOR = path.join(REPO_ROOT, 'src/core/schema/generated/strategyValidator.js');
if (!fs.existsSync(VALIDATOR)) {
  execFileSync(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, 'scripts/generate-validator.ts')], { cwd: REPO_ROOT, stdio: 'inherit' });
}

/** A fresh empty directory under the OS temp dir. */
export function tempDir(prefix = 'smm-cli-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Creates files (parents included) under `root`; a value is the file's content. */
export function writeTree(root: string, files: Readonly<Record<string, string>>): void {
  for (const [name, content] of Object.entries(files)) {
    const full = path.join(root, name);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, content);
  }
}

/**
 * Bundles src/cli/main.ts the way the release build does (Node 20, CommonJS, shebang banner) into
 * `outDir`, so the end-to-end tests run the real bundle without depending on the lead's build order.
 */
export function buildCli(outDir: string): string {
  const outfile = path.join(outDir, 'cli.js');
  buildSync({
    entryPoints: [path.join(REPO_ROOT, 'src/cli/main.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile,
    banner: { js: '#!/usr/bin/env node' },
    logLevel: 'error',
  });
  return outfile;
}

let sarifValidator: ValidateFunction | undefined;

/**
 * A validator for the official SARIF 2.1.0 schema (shipped by @microsoft/jest-sarif). The schema is
 * draft-04, which ajv 8 does not load as such; the keywords it uses mean the same in draft-07 except
 * `id`, so the root `id` becomes `$id`. `unicodeRegExp: false`: one of its patterns
 * (`language`, with a stray `]`) is only valid as a non-Unicode regular expression.
 */
export function validateSarif(log: unknown): readonly string[] {
  if (!sarifValidator) {
    const file = path.join(REPO_ROOT, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
    const schema = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
    schema.$id = schema.id;
    delete schema.id;
    delete schema.$schema;
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    sarifValidator = ajv.compile(schema);
  }
  if (sarifValidator(log)) return [];
  return (sarifValidator.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? e.keyword}`);
}

/**
 * The characters a terminal acts on (C0 but tab and line feed, DEL, C1, the bidi overrides and
 * isolates) that occur in `text`, written as code points: an oracle independent of src/cli.
 */
export function terminalControls(text: string): string[] {
  const found: string[] = [];
  for (const c of text) {
    const code = c.codePointAt(0)!;
    const control = (code < 0x20 && c !== '\t' && c !== '\n') || (code >= 0x7f && code <= 0x9f) || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
    if (control) found.push(`U+${code.toString(16).padStart(4, '0')}`);
  }
  return found;
}
