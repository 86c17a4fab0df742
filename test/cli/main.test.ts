import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
// helpers first: it generates the schema validator the core imports, if the build has not yet.
import { FIXTURES, tempDir, writeTree } from './helpers';
import { main } from '../../src/cli/main';

/** main() in this process, with its output captured: fast enough for every message. */
function run(argv: string[], cwd = FIXTURES): { code: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const code = main(argv, { cwd, env: { NO_COLOR: '1' }, stdoutIsTty: false, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

describe('cli/main', () => {
  it('reports usage errors in the language --locale asks for, wherever it stands', () => {
    assert.deepEqual(run(['--locale', 'ru', 'lint', '--bogus', 'a']), {
      code: 2,
      stdout: '',
      stderr: "smm-strategy: Неизвестный параметр '--bogus'.\nСправка: 'smm-strategy --help'.\n",
    });
    assert.equal(run(['lint', 'missing.smm.yaml', '--locale=hy']).stderr, "smm-strategy: Այդպիսի ֆայլ կամ թղթապանակ չկա՝ 'missing.smm.yaml'։\nՕգտագործման մասին՝ 'smm-strategy --help'։\n");
    assert.equal(run(['lint', '--bogus']).stderr, "smm-strategy: Unknown option '--bogus'.\nRun 'smm-strategy --help' for usage.\n");
  });

  it('summarises in the language of --locale, then of the config file, with the right plural forms', () => {
    const ru = run(['lint', '--locale', 'ru', 'clean.smm.yaml', 'error.smm.yaml', 'warnings.smm.yaml']);
    assert.match(ru.stdout, /\n✖ \d+ (проблема|проблемы|проблем) \(1 ошибка, \d+ предупрежд\S+, 0 замечаний\) в 2 из 3 файлов\n$/);
    assert.equal(run(['lint', '--locale', 'hy', 'clean.smm.yaml']).stdout, '✔ խնդիրներ չկան 1 ֆայլում\n');

    const dir = tempDir();
    try {
      writeTree(dir, { 'smm.config.json': '{ "locale": "ru" }', 'a.smm.yaml': fs.readFileSync(path.join(FIXTURES, 'clean.smm.yaml'), 'utf8') });
      fs.copyFileSync(path.join(dir, 'a.smm.yaml'), path.join(dir, 'b.smm.yaml'));
      assert.equal(run(['lint', '.'], dir).stdout, '✔ нет проблем в 2 файлах\n');
      assert.equal(run(['lint', '--locale', 'en', '.'], dir).stdout, '✔ no problems in 2 files\n');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reports every mistake of a config file on its own line', () => {
    const dir = tempDir();
    try {
      writeTree(dir, { 'smm.config.json': '{ "rules": { "no-goals": "loud", "*": 1 }, "locle": "hy" }', 'a.smm.yaml': 'version: 1\n' });
      assert.deepEqual(run(['lint', 'a.smm.yaml'], dir), {
        code: 2,
        stdout: '',
        stderr: [
          "smm-strategy: Invalid config file 'smm.config.json': unknown key 'locle' (expected 'locale' or 'rules').",
          `smm-strategy: Invalid config file 'smm.config.json': rules["no-goals"] must be one of off, info, warning, error, not "loud".`,
          `smm-strategy: Invalid config file 'smm.config.json': rules["*"] must be one of off, info, warning, error, not 1.`,
          "Run 'smm-strategy --help' for usage.",
          '',
        ].join('\n'),
      });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
