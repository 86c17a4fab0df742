import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
// helpers first: it generates the schema validator the core imports, if the build has not yet.
import { FIXTURES, tempDir, writeTree } from './helpers';
import { main } from '../../src/cli/main';
import { elements } from '../unit/render/html';

/** main() in this process, with its output captured. */
function run(argv: string[], cwd = FIXTURES): { code: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const code = main(argv, { cwd, env: { NO_COLOR: '1' }, stdoutIsTty: false, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

/** The texts of the page's elements with this tag, in order. */
const texts = (page: string, tag: string) => elements(page, true).filter((e) => e.tag === tag).map((e) => e.text);

/** YAML with a quote that is never closed: not readable. */
const BROKEN = 'version: 1\nbrand: { name: "Nush }\ngoals:\n  - id: a\n';

describe('cli render', () => {
  let dir: string;
  beforeEach(() => (dir = tempDir()));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints a standalone page whose first element after <head> is a policy that blocks every script', () => {
    const r = run(['render', 'clean.smm.yaml']);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, '');
    assert.ok(r.stdout.startsWith('<!doctype html>\n<html lang="en">\n<head>\n<meta http-equiv="Content-Security-Policy" content="default-src \'none\';'), r.stdout.slice(0, 200));
    const els = elements(r.stdout, true);
    assert.deepEqual(els.slice(0, 4).map((e) => [e.tag, e.attrs['http-equiv'] ?? e.attrs.charset]), [['html', undefined], ['head', undefined], ['meta', 'Content-Security-Policy'], ['meta', 'utf-8']]);
    assert.doesNotMatch(r.stdout, /<script/i);
    assert.equal(texts(r.stdout, 'title')[0], 'SMM strategy: Nush Coffee');
    assert.deepEqual(texts(r.stdout, 'h2').slice(0, 3), ['Goals: what do we want to achieve?', 'Target audience: whom will we work with?', 'Value: what do we offer?']);
  });

  it('renders a file with problems (exit 0) and shows them in the plan', () => {
    const r = run(['render', 'error.smm.yaml']);
    assert.equal(r.code, 0);
    assert.ok(elements(r.stdout, true).some((e) => e.tag === 'li' && /Unknown key 'industy'/.test(e.text)), 'the problem is in the plan');
  });

  it('prints the plan as markdown that reads as written', () => {
    const r = run(['render', '--format', 'markdown', 'clean.smm.yaml']);
    assert.equal(r.code, 0);
    const lines = r.stdout.split('\n');
    for (const line of [
      '# SMM strategy: Nush Coffee',
      'Specialty coffee and Armenian pastries, two minutes from Yerevan State University',
      '- **Industry:** food_and_beverage',
      '- **Why:** Weekday afternoons (15:00-19:00) run at 40% of seating; people nearby do not know we exist',
      '| Reach | 15,000 → 60,000 | Per month | Instagram · @nush.coffee | Instagram Insights |',
    ]) assert.ok(lines.includes(line), line);
    assert.ok(r.stdout.endsWith('\n') && !r.stdout.endsWith('\n\n'));
    assert.doesNotMatch(r.stdout, /<(?:script|!doctype|html)/i);
  });

  it('writes the plan in the language of --locale, else of the file', () => {
    assert.equal(texts(run(['render', 'armenian.smm.yaml']).stdout, 'h2')[0], 'Նպատակներ․ ինչի՞ն ենք ուզում հասնել');
    const ru = run(['render', '--locale', 'ru', 'armenian.smm.yaml']).stdout;
    assert.ok(ru.includes('<html lang="ru">'));
    assert.equal(texts(ru, 'h2')[0], 'Цели: чего мы хотим достичь?');
    assert.match(run(['render', '-f', 'markdown', '--locale=hy', 'clean.smm.yaml']).stdout, /^# Nush Coffee․ SMM ռազմավարություն\n/);
  });

  it('follows the config file, as lint does: a rule switched off is not in the plan', () => {
    writeTree(dir, { 'a.smm.yaml': fs.readFileSync(path.join(FIXTURES, 'error.smm.yaml'), 'utf8'), 'smm.config.json': '{ "rules": { "schema/*": "off" } }' });
    const r = run(['render', 'a.smm.yaml'], dir);
    assert.equal(r.code, 0);
    assert.doesNotMatch(r.stdout, /industy/);
  });

  it('exits 1 for a file that is not readable YAML, still printing the plan with the problem, and says why on stderr', () => {
    writeTree(dir, { 'broken.smm.yaml': BROKEN });
    const r = run(['render', 'broken.smm.yaml'], dir);
    assert.equal(r.code, 1);
    assert.ok(r.stdout.startsWith('<!doctype html>'));
    // The problem is where the quote opens, not where the parser gave up.
    assert.ok(elements(r.stdout, true).some((e) => e.tag === 'li' && e.text.includes('Line 2: This quote " is never closed')));
    assert.equal(r.stderr, "smm-strategy: 'broken.smm.yaml' is not readable YAML; the plan shows what could be read. Line 2: This quote \" is never closed: add the closing \" where the text ends.\n");
    assert.equal(run(['render', '--locale', 'ru', '-f', 'markdown', 'broken.smm.yaml'], dir).stderr.split(';')[0], "smm-strategy: 'broken.smm.yaml' не читается как YAML");
  });

  it('exits 2 with one line for usage mistakes and unreadable files', () => {
    const cases: readonly [string[], string][] = [
      [['render'], 'No file given: name the strategy file to render.'],
      [['render', 'a.smm.yaml', 'b.smm.yaml'], 'render takes one file, but 2 were given.'],
      [['render', '--format', 'sarif', 'clean.smm.yaml'], "Invalid value 'sarif' for --format; expected one of: html, markdown."],
      [['render', '--quiet', 'clean.smm.yaml'], "Unknown option '--quiet'."],
      [['render', '-o', '', 'clean.smm.yaml'], "Option '--output' needs a file name."],
      [['render', '-'], 'Reading from standard input is not supported; name a file.'],
    ];
    for (const [argv, message] of cases) {
      assert.deepEqual(run(argv), { code: 2, stdout: '', stderr: `smm-strategy: ${message}\nRun 'smm-strategy --help' for usage.\n` }, argv.join(' '));
    }
    assert.deepEqual(run(['render', 'missing.smm.yaml']), { code: 2, stdout: '', stderr: "smm-strategy: Cannot read 'missing.smm.yaml': no such file or directory.\n" });
    assert.deepEqual(run(['render', '.']), { code: 2, stdout: '', stderr: "smm-strategy: Cannot read '.': it is a directory.\n" });
    assert.equal(run(['render', '--locale', 'hy']).stderr, 'smm-strategy: Ֆայլ տրված չէ․ նշեք այն ռազմավարության ֆայլը, որից պետք է պլան կազմել։\nՕգտագործման մասին՝ \'smm-strategy --help\'։\n');
  });

  describe('-o FILE', () => {
    it('writes the plan to the file instead of stdout, replacing an old one whole', () => {
      writeTree(dir, { 'plan.html': 'old plan', 'md/plan.md': '' });
      fs.chmodSync(path.join(dir, 'plan.html'), 0o640);
      const old = fs.statSync(path.join(dir, 'plan.html'));
      const r = run(['render', '-o', path.join(dir, 'plan.html'), path.join(FIXTURES, 'clean.smm.yaml')]);
      assert.deepEqual([r.code, r.stdout, r.stderr], [0, '', '']);
      const written = fs.readFileSync(path.join(dir, 'plan.html'), 'utf8');
      assert.equal(written, run(['render', 'clean.smm.yaml']).stdout);
      // A new file renamed into place, not the old one rewritten: a reader never sees half of it.
      const replaced = fs.statSync(path.join(dir, 'plan.html'));
      assert.notEqual(replaced.ino, old.ino);
      assert.equal(replaced.mode & 0o777, 0o640, 'it keeps the permissions of the file it replaces');
      assert.equal(run(['render', '--output=md/plan.md', '-f', 'markdown', path.join(FIXTURES, 'clean.smm.yaml')], dir).code, 0);
      assert.match(fs.readFileSync(path.join(dir, 'md/plan.md'), 'utf8'), /^# SMM strategy: Nush Coffee\n/);
      assert.deepEqual(fs.readdirSync(dir).sort(), ['md', 'plan.html'], 'no temporary file is left');
    });

    it('still writes the plan of a file that is not readable YAML, with exit 1', () => {
      writeTree(dir, { 'broken.smm.yaml': BROKEN });
      assert.equal(run(['render', '-o', 'plan.html', 'broken.smm.yaml'], dir).code, 1);
      assert.match(fs.readFileSync(path.join(dir, 'plan.html'), 'utf8'), /This quote (&quot;|") is never closed/);
    });

    it('refuses to overwrite the strategy, whatever name the output is given', () => {
      const strategy = fs.readFileSync(path.join(FIXTURES, 'clean.smm.yaml'), 'utf8');
      writeTree(dir, { 'sub/s.smm.yaml': strategy });
      fs.symlinkSync('sub/s.smm.yaml', path.join(dir, 'link.html'));
      fs.linkSync(path.join(dir, 'sub/s.smm.yaml'), path.join(dir, 'hard.html'));
      for (const output of ['sub/s.smm.yaml', './sub/../sub/s.smm.yaml', 'link.html', 'hard.html']) {
        assert.deepEqual(run(['render', '-o', output, 'sub/s.smm.yaml'], dir), {
          code: 2,
          stdout: '',
          stderr: `smm-strategy: The output file '${output}' is the strategy itself; choose another file for the plan.\nRun 'smm-strategy --help' for usage.\n`,
        });
      }
      assert.equal(fs.readFileSync(path.join(dir, 'sub/s.smm.yaml'), 'utf8'), strategy);
    });

    it('writes through a link to the file it points at, keeping the link', () => {
      writeTree(dir, { 'site/plan.html': 'old' });
      fs.symlinkSync('site/plan.html', path.join(dir, 'plan.html'));
      assert.equal(run(['render', '-o', 'plan.html', path.join(FIXTURES, 'clean.smm.yaml')], dir).code, 0);
      assert.ok(fs.lstatSync(path.join(dir, 'plan.html')).isSymbolicLink());
      assert.match(fs.readFileSync(path.join(dir, 'site/plan.html'), 'utf8'), /^<!doctype html>/);
    });

    it('exits 2 with one line when the file cannot be written, leaving nothing behind', () => {
      writeTree(dir, { 'folder/x': '' });
      const clean = path.join(FIXTURES, 'clean.smm.yaml');
      assert.deepEqual(run(['render', '-o', 'missing/plan.html', clean], dir), { code: 2, stdout: '', stderr: "smm-strategy: Cannot write 'missing/plan.html': no such file or directory.\n" });
      assert.deepEqual(run(['render', '-o', 'folder', clean], dir), { code: 2, stdout: '', stderr: "smm-strategy: Cannot write 'folder': it is a directory.\n" });
      if (fs.existsSync('/dev/null')) {
        assert.deepEqual(run(['render', '-o', '/dev/null', clean], dir), { code: 2, stdout: '', stderr: "smm-strategy: Cannot write '/dev/null': it is a device, not a file.\n" });
      }
      assert.deepEqual(fs.readdirSync(dir), ['folder']);
      assert.deepEqual(fs.readdirSync(path.join(dir, 'folder')), ['x']);
    });
  });
});
