import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_CONFIG_FILE, loadConfig, parseConfig, unknownRuleIds } from '../../src/cli/configFile';
import { CliError } from '../../src/cli/errors';
import { REPO_ROOT, tempDir } from './helpers';

/** The English lines of the `CliError` that `json` is rejected with. */
function configErrors(json: unknown): string[] {
  try {
    parseConfig(json, 'c.json');
  } catch (error) {
    assert.ok(error instanceof CliError, String(error));
    return error.lines.map((line) => line.en);
  }
  assert.fail(`expected ${JSON.stringify(json)} to be rejected`);
}

describe('cli/configFile', () => {
  it('accepts rules as a list or as an object, and a $schema for editors', () => {
    assert.deepEqual(parseConfig({ locale: 'hy', rules: [{ rule: 'audience-*', severity: 'info' }, { rule: ' no-budget ', severity: 'off' }] }, 'c'), {
      locale: 'hy',
      rules: [
        { rule: 'audience-*', severity: 'info' },
        { rule: 'no-budget', severity: 'off' },
      ],
    });
    assert.deepEqual(parseConfig({ $schema: './schemas/smm-config.schema.json', rules: { 'no-budget': 'warning', 'schema*': 'error' } }, 'c'), {
      rules: [
        { rule: 'no-budget', severity: 'warning' },
        { rule: 'schema*', severity: 'error' },
      ],
    });
    assert.deepEqual(parseConfig({}, 'c'), {});
  });

  it('rejects mistakes instead of silently linting with defaults, one located line per mistake', () => {
    assert.deepEqual(configErrors([]), ["Invalid config file 'c.json': expected a JSON object."]);
    assert.deepEqual(configErrors(null), ["Invalid config file 'c.json': expected a JSON object."]);
    assert.deepEqual(configErrors({ rule: {} }), ["Invalid config file 'c.json': unknown key 'rule' (expected 'locale' or 'rules')."]);
    assert.deepEqual(configErrors({ locale: 'de' }), [`Invalid config file 'c.json': locale must be one of en, hy, ru, not "de".`]);
    assert.deepEqual(configErrors({ rules: 'all' }), [`Invalid config file 'c.json': rules must be a list or an object, not "all".`]);
    assert.deepEqual(configErrors({ rules: [null] }), ["Invalid config file 'c.json': rules[0] must be an object, not null."]);
    assert.deepEqual(configErrors({ rules: [{ severity: 'off' }] }), ["Invalid config file 'c.json': rules[0] needs 'rule'."]);
    assert.deepEqual(configErrors({ rules: [{ rule: 'x', severity: 'loud' }] }), [
      `Invalid config file 'c.json': rules[0].severity must be one of off, info, warning, error, not "loud".`,
    ]);
    assert.deepEqual(configErrors({ rules: { x: 2 } }), [`Invalid config file 'c.json': rules["x"] must be one of off, info, warning, error, not 2.`]);
    assert.deepEqual(configErrors({ rules: { ' ': 'off' } }), [`Invalid config file 'c.json': rules[" "] must name a rule (wildcards '*' allowed).`]);
    assert.deepEqual(configErrors({ locale: 'fr', rules: [{ rule: '', severity: 'off', note: 1 }, { rule: 'a/b', severity: 'warn' }] }), [
      `Invalid config file 'c.json': locale must be one of en, hy, ru, not "fr".`,
      "Invalid config file 'c.json': unknown key 'note' in rules[0] (expected 'rule' or 'severity').",
      "Invalid config file 'c.json': rules[0].rule must name a rule (wildcards '*' allowed).",
      `Invalid config file 'c.json': rules[1].severity must be one of off, info, warning, error, not "warn".`,
    ]);
  });

  it('accepts exactly what the schema accepts: the schema is the one definition of the format', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'schemas/smm-config.schema.json'), 'utf8')) as { properties: Record<string, unknown> };
    assert.deepEqual(Object.keys(schema.properties).sort(), ['$schema', 'locale', 'rules']);
    // ESLint's spellings were accepted by hand here, but editors flag them against the schema.
    assert.equal(configErrors({ rules: { 'no-budget': 'warn' } }).length, 1);
    assert.equal(configErrors({ rules: [{ rule: 'no-budget', severity: 'ERROR' }] }).length, 1);
  });

  it('names rule ids that match no rule, but not wildcards, syntax or schema ids', () => {
    const config = parseConfig({ rules: { 'no-budgett': 'off', 'no-budget': 'off', 'audience-*': 'info', syntax: 'warning', 'schema/enum': 'off' } }, 'c');
    assert.deepEqual(unknownRuleIds(config, ['no-budget']), ['no-budgett']);
  });

  describe('loadConfig', () => {
    let dir: string;
    beforeEach(() => (dir = tempDir()));
    afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

    it('uses ./smm.config.json when --config is not given, and nothing when it does not exist', () => {
      assert.deepEqual(loadConfig(undefined, dir), { config: {} });
      fs.writeFileSync(path.join(dir, DEFAULT_CONFIG_FILE), '\uFEFF{ "locale": "ru" }');
      assert.deepEqual(loadConfig(undefined, dir), { config: { locale: 'ru' }, file: path.join(dir, DEFAULT_CONFIG_FILE) });
    });

    it('prefers --config, resolved against the working directory', () => {
      fs.writeFileSync(path.join(dir, DEFAULT_CONFIG_FILE), '{ "locale": "ru" }');
      fs.writeFileSync(path.join(dir, 'ci.json'), '{ "locale": "hy" }');
      assert.deepEqual(loadConfig('ci.json', dir).config, { locale: 'hy' });
    });

    it('fails on a missing --config file and on invalid JSON', () => {
      assert.throws(() => loadConfig('nope.json', dir), { name: 'CliError', message: "Cannot read the config file 'nope.json': no such file." });
      fs.writeFileSync(path.join(dir, DEFAULT_CONFIG_FILE), '{ locale: hy }');
      assert.throws(() => loadConfig(undefined, dir), (error: unknown) => {
        assert.ok(error instanceof CliError);
        assert.match(error.message, /^The config file 'smm\.config\.json' is not valid JSON: /);
        return true;
      });
    });
  });
});
