import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import CONFIG_SCHEMA from '../../schemas/smm-config.schema.json';
import type { Locale, Localized } from '../core/i18n/locale';
import { normaliseCustomizations, type LintConfig, type RuleCustomization } from '../core/config';
import { CliError, errorCode } from './errors';
import { alternatives, cliText, untranslated } from './messages';
import { readTextFile } from './readFile';

/** Looked up in the working directory when `--config` is not given. */
export const DEFAULT_CONFIG_FILE = 'smm.config.json';

export interface LoadedConfig {
  readonly config: LintConfig;
  /** The file it came from, if any (for messages). */
  readonly file?: string;
}

/**
 * Reads the lint configuration: `--config FILE` when given (it must exist), else
 * `./smm.config.json` when it exists, else nothing. The file is JSON, as schemas/smm-config.schema.json
 * describes it.
 */
export function loadConfig(configOption: string | undefined, cwd: string): LoadedConfig {
  const file = path.resolve(cwd, configOption ?? DEFAULT_CONFIG_FILE);
  const shown = configOption ?? DEFAULT_CONFIG_FILE;
  if (!exists(file)) {
    if (configOption === undefined) return { config: {} };
    throw new CliError(cliText('cannotReadConfig', { path: shown, reason: cliText('reasonNoFile') }));
  }
  const text = readTextFile(file, shown, 'cannotReadConfig');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new CliError(cliText('configNotJson', { file: shown, detail: error instanceof Error ? error.message : String(error) }));
  }
  return { config: parseConfig(json, shown), file };
}

/** Whether anything is at `file`; a dangling link or a path through a file counts as nothing. */
function exists(file: string): boolean {
  try {
    fs.statSync(file);
    return true;
  } catch (error) {
    if (errorCode(error) === 'ENOENT' || errorCode(error) === 'ENOTDIR') return false;
    return true; // there is something; reading it will say what is wrong
  }
}

/** The file's shape once the schema has accepted it. */
interface ConfigJson {
  readonly locale?: Locale;
  readonly rules?: readonly RuleCustomization[] | Readonly<Record<string, RuleCustomization['severity']>>;
}

let validator: ValidateFunction<ConfigJson> | undefined;

/**
 * Checks the parsed JSON of a config file against schemas/smm-config.schema.json, the one
 * definition of the format (editors validate smm.config.json with it too); `source` names the
 * file in messages. The core quietly drops malformed customizations (right for settings edited
 * live in an editor); the CLI runs in CI, where a typo in a config must fail loudly instead of
 * linting with defaults, so every mistake is reported, one line each, in a `CliError`.
 */
export function parseConfig(json: unknown, source: string): LintConfig {
  // Compiled on first use: most runs have no config file, and compiling costs a few milliseconds.
  validator ??= new Ajv({ allErrors: true, strict: true, allowUnionTypes: true, verbose: true }).compile<ConfigJson>(CONFIG_SCHEMA);
  if (!validator(json)) {
    const problems = describeSchemaErrors(validator.errors ?? []);
    throw new CliError(problems.map((problem) => cliText('invalidConfig', { file: source, problem })));
  }
  return {
    ...(json.locale !== undefined ? { locale: json.locale } : {}),
    ...(json.rules !== undefined ? { rules: normaliseCustomizations(json.rules) } : {}),
  };
}

/** One plain, located sentence per mistake, in the order ajv found them. */
function describeSchemaErrors(errors: readonly ErrorObject[]): Localized[] {
  // An enum error says more than a type error at the same place ("one of off, info…, not 2").
  const enumAt = new Set(errors.filter((e) => e.keyword === 'enum').map((e) => e.instancePath));
  const seen = new Set<string>();
  const problems: Localized[] = [];
  for (const error of errors) {
    if (error.keyword === 'type' && enumAt.has(error.instancePath)) continue;
    const problem = describeSchemaError(error);
    if (problem && !seen.has(problem.en)) {
      seen.add(problem.en);
      problems.push(problem);
    }
  }
  return problems;
}

function describeSchemaError(error: ErrorObject): Localized | undefined {
  const segments = pointerSegments(error.instancePath);
  const where = location(segments);
  const value = JSON.stringify(error.data);
  switch (error.keyword) {
    case 'type':
      if (segments.length === 0) return cliText('configNotObject');
      return cliText('configWrongType', { where, expected: typeName(error.params.type as string | string[]), value });
    case 'enum':
      return cliText('configNotOneOf', { where, allowed: (error.params.allowedValues as string[]).join(', '), value });
    case 'additionalProperties': {
      const key = error.params.additionalProperty as string;
      const known = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {}).filter((k) => k !== '$schema');
      const expected = alternatives(known);
      return segments.length === 0 ? cliText('configUnknownKey', { key, expected }) : cliText('configUnknownKeyIn', { key, where, expected });
    }
    case 'required':
      return cliText('configMissingKey', { where, key: error.params.missingProperty as string });
    case 'pattern':
      // The only pattern is "not blank", on rule ids: as a list entry's `rule`, or as a key of the object form.
      return cliText('configBlankRule', { where: error.propertyName !== undefined ? location([...segments, error.propertyName]) : where });
    case 'propertyNames':
      return undefined; // a summary of the pattern error just reported
    default:
      return cliText('configOther', { where, detail: untranslated(error.message ?? error.keyword) });
  }
}

/** `/rules/0/severity` → ['rules', 0, 'severity'] (RFC 6901: `~1` is `/`, `~0` is `~`). */
function pointerSegments(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^(0|[1-9]\d*)$/.test(s) ? Number(s) : s));
}

/**
 * A path as users read it: `locale`, `rules[0].severity`, `rules["audience-*"]`. Keys of the rules
 * object are rule ids, so they are quoted; numbers are list positions. Only `rules` holds either.
 */
function location(segments: readonly (string | number)[]): string {
  let text = '';
  segments.forEach((segment, i) => {
    if (typeof segment === 'number') text += `[${segment}]`;
    else if (i === 1 && typeof segments[0] === 'string') text += `[${JSON.stringify(segment)}]`;
    else text += i === 0 ? segment : `.${segment}`;
  });
  return text;
}

function typeName(type: string | readonly string[]): Localized {
  const types = typeof type === 'string' ? [type] : type;
  if (types.includes('array') && types.includes('object')) return cliText('typeListOrObject');
  if (types.includes('array')) return cliText('typeArray');
  if (types.includes('object')) return cliText('typeObject');
  if (types.includes('string')) return cliText('typeString');
  return untranslated(types.join(', '));
}

/**
 * Rule ids in the config that name no known rule: worth a warning (a typo disables nothing), not
 * a failure, since a config may be shared with a newer version that has more rules. Patterns with
 * `*`, `syntax` and `schema/…` ids (one per JSON Schema keyword) are not checked.
 */
export function unknownRuleIds(config: LintConfig, knownIds: readonly string[]): string[] {
  return normaliseCustomizations(config.rules)
    .map((c) => c.rule)
    .filter((id) => !id.includes('*') && id !== 'syntax' && id !== 'schema' && !id.startsWith('schema/') && !knownIds.includes(id));
}
