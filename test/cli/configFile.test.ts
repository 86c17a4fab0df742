import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_CONFIG_FILE, loadConfig, parseConfig, unknownRuleIds } from '../../src/cli/configFile';
import { CliError } from '../../src/cli/errors';
import { tempDir } from './helpers';

function configError(json: unknown): string {
  try {
    parseConfig(json, 'c.json');
  } catch (error) {
    assert.ok(error instanceof CliError, String(error));
    return error.message;
  }
  assert.fail(`expected ${JSON.stringify(json)} to be rejected`);
}

describe('cli/configFile', () => {
  it('accepts rules as a list or as an object, and ESLint-style severity spellings', () => {
    assert.deepEqual(parseConfig({ locale: 'hy', rules: [{ rule: 'audience-*', severity: 'info' }, { rule: ' no-budget ', severity: 'off' }] }, 'c'), {
      locale: 'hy',
      rules: [
        { rule: 'audience-*', severity: 'info' },
        { rule: 'no-budget', severity: 'off' },
      ],
    });
    assert.deepEqual(parseConfig({ $schema: 'x', rules: { 'no-budget': 'warn', 'schema*': 'ERROR' } }, 'c'), {
      rules: [
        { rule: 'no-budget', severity: 'warning' },
        { rule: 'schema*', severity: 'error' },
      ],
    });
    assert.deepEqual(parseConfig({}, 'c'), {});
  });

  it('rejects mistakes instead of silently linting with defaults', () => {
    assert.equal(configError([]), "Invalid config file 'c.json': expected a JSON object.");
    assert.equal(configError(null), "Invalid config file 'c.json': expected a JSON object.");
    assert.equal(configError({ rule: {} }), "Invalid config file 'c.json': unknown key 'rule' (expected 'locale' or 'rules').");
    assert.equal(configError({ locale: 'de' }), `Invalid config file 'c.json': 'locale' must be one of en, hy, ru, not "de".`);
    assert.match(configError({ rules: 'all' }), /'rules' must be a list/);
    assert.match(configError({ rules: [null] }), /rules\[0\] must be an object/);
    assert.match(configError({ rules: [{ severity: 'off' }] }), /rules\[0\]\.rule must be a rule id/);
    assert.equal(configError({ rules: [{ rule: 'x', severity: 'loud' }] }), `Invalid config file 'c.json': rules[0].severity must be one of off, info, warning, error, not "loud".`);
    assert.equal(configError({ rules: { x: 2 } }), `Invalid config file 'c.json': rules["x"] must be one of off, info, warning, error, not 2.`);
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
