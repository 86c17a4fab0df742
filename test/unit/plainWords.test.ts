// Words users read are plain: the founding source is "the article", never "the seed"; messages are
// plain text (Problems, the CLI and SARIF show them as they are), so no markdown; and no rule ids
// inside messages, where the Problems pane's code column already shows the rule.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES, type Localized } from '../../src/core/i18n/locale';
import { FIX_ALL_TITLE } from '../../src/core/language/fixes';
import { PLACEHOLDERS } from '../../src/core/language/fixes/placeholders';
import { TITLES } from '../../src/core/language/fixes/titles';
import { RULE_PROMPT, SEVERITY_CHOICES, SEVERITY_CURRENT, SEVERITY_PROMPT } from '../../src/core/language/severityChoices';
import { lintStrategy } from '../../src/core/lint';
import { RULES } from '../../src/core/rules';
import { MORE, OR, SCHEMA_MESSAGES, TYPE_NAMES } from '../../src/core/schema/messages';
import { SYNTAX_FALLBACK, SYNTAX_MESSAGES } from '../../src/core/syntax/messages';
import { exampleTexts } from './helpers';

const ROOT = join(__dirname, '..', '..');

/** "Seed" in the three languages, as a word of its own (English) or a stem (Armenian, Russian). */
const SEED = /\bseeds?\b|սերմ|сем(я|ени|ен)/i;
/** Markdown a plain-text message must not carry. */
const MARKUP = /`|\*\*|\]\(/;
const RULE_ID = new RegExp(`(?<![\\w-])(${RULES.map((r) => r.id).join('|')})(?![\\w-])|\\bschema/\\w`);

/** Every plain-text catalogue, as [where, text] pairs in every language. */
function plainTexts(): [string, string][] {
  const out: [string, string][] = [];
  const add = (where: string, message: Localized) => {
    for (const locale of LOCALES) out.push([`${where} (${locale})`, message[locale]]);
  };
  for (const rule of RULES) {
    add(`${rule.id} description`, rule.description);
    add(`${rule.id} rationale`, rule.rationale);
    for (const [id, message] of Object.entries(rule.messages)) add(`${rule.id} message ${id}`, message as Localized);
  }
  const catalogues: Record<string, Readonly<Record<string, Localized>>> = {
    'schema message': SCHEMA_MESSAGES,
    'type name': TYPE_NAMES,
    'syntax message': SYNTAX_MESSAGES,
    'fix title': TITLES,
    placeholder: PLACEHOLDERS,
    'severity choice': SEVERITY_CHOICES,
    'single text': { MORE, OR, SYNTAX_FALLBACK, FIX_ALL_TITLE, RULE_PROMPT, SEVERITY_CURRENT, SEVERITY_PROMPT },
  };
  for (const [kind, catalogue] of Object.entries(catalogues)) {
    for (const [id, message] of Object.entries(catalogue)) add(`${kind} ${id}`, message);
  }
  return out;
}

/** The user-facing strings of the JSON Schema: titles, descriptions, enum and snippet descriptions. */
function schemaTexts(): [string, string][] {
  const out: [string, string][] = [];
  const visit = (value: unknown, path: string) => {
    if (Array.isArray(value)) value.forEach((v, i) => visit(v, `${path}/${i}`));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) visit(v, `${path}/${k}`);
    else if (typeof value === 'string' && /(title|description|Description|Descriptions\/\d+)$/.test(path)) out.push([path, value]);
  };
  visit(JSON.parse(readFileSync(join(ROOT, 'schemas/smm.schema.json'), 'utf8')), '');
  return out;
}

function fileTexts(): [string, string][] {
  const docs = readdirSync(join(ROOT, 'docs/rules')).filter((f) => f.endsWith('.md')).map((f) => `docs/rules/${f}`);
  return ['README.md', 'CHANGELOG.md', 'package.json', ...docs].map((path) => [path, readFileSync(join(ROOT, path), 'utf8')]);
}

const offenders = (texts: [string, string][], pattern: RegExp) => texts.filter(([, text]) => pattern.test(text)).map(([where, text]) => `${where}: ${text.slice(0, 160)}`);

describe('plain words', () => {
  it('no catalogue, schema text, docs page, README, changelog or setting calls the article "the seed"', () => {
    assert.deepEqual(offenders([...plainTexts(), ...schemaTexts(), ...fileTexts()], SEED), []);
  });

  it('messages, rule descriptions and rationales are plain text: no backticks, bold or links', () => {
    assert.deepEqual(offenders(plainTexts(), MARKUP), []);
  });

  it('no message names a rule id, whatever its arguments: the code column shows the rule', () => {
    assert.deepEqual(offenders(plainTexts().filter(([where]) => !where.startsWith('fix title')), RULE_ID), []);
    // Arguments too: the examples raise most rules, in every language.
    const messages: [string, string][] = exampleTexts().flatMap((text) =>
      LOCALES.flatMap((locale) => lintStrategy(text, { locale }).problems.map((p): [string, string] => [`${p.rule} (${locale})`, p.message])));
    assert.ok(messages.some(([where]) => where.startsWith('execution-before-answers')), 'the examples raise execution-before-answers');
    assert.deepEqual(offenders(messages, RULE_ID), []);
  });

  it('settings name no developer tool', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { contributes: { configuration: { properties: Record<string, unknown> } } };
    assert.deepEqual(offenders([['settings', JSON.stringify(manifest.contributes.configuration.properties)]], /\b(eslint|prettier|regexp?|glob|ajv|npm)\b/i), []);
  });
});
