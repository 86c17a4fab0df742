import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FIXTURES, buildCli, tempDir, terminalControls, validateSarif, writeTree } from './helpers';
import { RULES } from '../../src/core/rules';
import { version } from '../../package.json';

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

interface JsonEntry {
  file: string;
  problems: { rule: string; severity: string; message: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }[];
}

const ARMENIAN = /[\u0531-\u0587]/;
const STACK_FRAME = /^\s+at /m;

/**
 * The CLI as users run it: the esbuild bundle in a child process. NO_COLOR keeps the output plain
 * whatever the environment; FORCE_COLOR is cleared so it cannot turn colors back on.
 */
describe('cli end to end (bundled)', function () {
  this.timeout(60_000);
  let outDir: string;
  let cli: string;

  before(() => {
    outDir = tempDir('smm-cli-bundle-');
    cli = buildCli(outDir);
  });
  after(() => fs.rmSync(outDir, { recursive: true, force: true }));

  function run(args: string[], options: { cwd?: string; env?: Record<string, string | undefined> } = {}): Run {
    const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, ...options.env };
    for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
    // A bound, so that a CLI that hangs (on a FIFO, say) fails the test instead of blocking the run.
    const result = spawnSync(process.execPath, [cli, ...args], { cwd: options.cwd ?? FIXTURES, env: env as NodeJS.ProcessEnv, encoding: 'utf8', timeout: 30_000 });
    if (result.error) throw result.error;
    if (result.signal) throw new Error(`the CLI was stopped by ${result.signal} (hung?): ${result.stderr}`);
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  }

  function json(args: string[], options?: Parameters<typeof run>[1]): { code: number | null; entries: JsonEntry[]; stderr: string } {
    const r = run(['lint', '--format', 'json', ...args], options);
    return { code: r.code, entries: JSON.parse(r.stdout) as JsonEntry[], stderr: r.stderr };
  }

  /** A usage or I/O failure: exit 2, a one-line reason on stderr, nothing on stdout, no stack trace. */
  function assertFails(r: Run, reason: RegExp, usage = true): void {
    assert.equal(r.code, 2, `${r.stdout}${r.stderr}`);
    assert.equal(r.stdout, '');
    assert.doesNotMatch(r.stderr, STACK_FRAME);
    const lines = r.stderr.trimEnd().split('\n');
    assert.match(lines[0]!, /^smm-strategy: /);
    assert.match(lines[0]!, reason);
    assert.deepEqual(lines.slice(1), usage ? ["Run 'smm-strategy --help' for usage."] : []);
  }

  /** 1-based line and UTF-16 column of the first `needle` in a fixture, as the editor shows them (BOM not counted). */
  function positionOf(fixture: string, needle: string): string {
    const text = fs.readFileSync(path.join(FIXTURES, fixture), 'utf8').replace(/^\uFEFF/, '');
    const lines = text.split(/\r\n|\r|\n/);
    const line = lines.findIndex((l) => l.includes(needle));
    assert.ok(line >= 0, `${needle} not in ${fixture}`);
    return `${line + 1}:${lines[line]!.indexOf(needle) + 1}`;
  }

  it('starts as an executable bundle with a shebang', () => {
    assert.ok(fs.readFileSync(cli, 'utf8').startsWith('#!/usr/bin/env node\n'));
  });

  describe('exit codes', () => {
    it('0 for a clean file, with a summary', () => {
      const r = run(['lint', 'clean.smm.yaml']);
      assert.equal(r.code, 0, r.stdout);
      assert.equal(r.stdout, '✔ no problems in 1 file\n');
      assert.equal(r.stderr, '');
    });

    it('1 for a file with an error', () => {
      const r = run(['lint', 'error.smm.yaml']);
      assert.equal(r.code, 1);
      assert.equal(r.stderr, '');
    });

    it('0 for a file with only warnings, 1 when they exceed --max-warnings', () => {
      const { code, entries } = json(['warnings.smm.yaml']);
      assert.equal(code, 0);
      const warnings = entries[0]!.problems.length;
      assert.ok(warnings > 0);
      assert.ok(entries[0]!.problems.every((p) => p.severity === 'warning'));

      assert.equal(run(['lint', '--max-warnings', String(warnings), 'warnings.smm.yaml']).code, 0);
      const over = run(['lint', '--max-warnings', String(warnings - 1), 'warnings.smm.yaml']);
      assert.equal(over.code, 1);
      assert.equal(over.stderr, `smm-strategy: too many warnings (${warnings}; --max-warnings is ${warnings - 1}).\n`);
      // Machine-readable output stays clean: the complaint goes to stderr only.
      const overJson = json(['--max-warnings', '0', 'warnings.smm.yaml']);
      assert.equal(overJson.code, 1);
      assert.match(overJson.stderr, /too many warnings/);
    });

    it('--max-warnings does not excuse errors', () => {
      assert.equal(run(['lint', '--max-warnings', '1000', 'error.smm.yaml']).code, 1);
    });

    it('--quiet prints errors only, but warnings still count for --max-warnings', () => {
      const quiet = run(['lint', '--quiet', 'warnings.smm.yaml', 'error.smm.yaml']);
      assert.equal(quiet.code, 1);
      assert.doesNotMatch(quiet.stdout, / warning /);
      assert.match(quiet.stdout, /^error\.smm\.yaml:\d+:\d+ error /m);
      assert.equal(run(['lint', '-q', 'warnings.smm.yaml']).code, 0);
      assert.equal(run(['lint', '-q', '--max-warnings', '0', 'warnings.smm.yaml']).code, 1);
    });

    it('2 for usage errors, with a one-line reason and a pointer to --help', () => {
      assertFails(run([]), /No command given/);
      assertFails(run(['lint']), /No files given/);
      assertFails(run(['lint', '--bogus', 'clean.smm.yaml']), /Unknown option '--bogus'/);
      assertFails(run(['lint', '--format', 'xml', 'clean.smm.yaml']), /Invalid value 'xml' for --format/);
      assertFails(run(['lint', '--locale', 'fr', 'clean.smm.yaml']), /Invalid value 'fr' for --locale/);
      assertFails(run(['lint', '--max-warnings', 'many', 'clean.smm.yaml']), /Invalid value 'many' for --max-warnings/);
      assertFails(run(['lint', 'missing.smm.yaml']), /No such file or directory: 'missing\.smm\.yaml'/);
      assertFails(run(['lint', 'clean.smm.yaml', 'missing.smm.yaml']), /No such file or directory: 'missing\.smm\.yaml'/);
      assertFails(run(['lint', '*.smm.json']), /No files match the pattern '\*\.smm\.json'/);
      assertFails(run(['lint', '--config', 'missing.json', 'clean.smm.yaml']), /Cannot read the config file 'missing\.json'/);
    });

    it('2 for a path the system refuses, without the usage hint', () => {
      assertFails(run(['lint', `${'x'.repeat(300)}.smm.yaml`]), /^smm-strategy: Cannot access 'x+\.smm\.yaml': file name too long\.$/, false);
    });

    it('2 for what is not a regular file, at once and in one line: a FIFO, a device, a directory named as the config', function () {
      if (process.platform === 'win32') this.skip();
      const dir = tempDir();
      try {
        fs.copyFileSync(path.join(FIXTURES, 'clean.smm.yaml'), path.join(dir, 'clean.smm.yaml'));
        assert.equal(spawnSync('mkfifo', [path.join(dir, 'pipe.smm.yaml'), path.join(dir, 'pipe.json')]).status, 0);
        assertFails(run(['lint', 'pipe.smm.yaml'], { cwd: dir }), /^smm-strategy: Cannot read 'pipe\.smm\.yaml': it is a pipe, not a file\.$/, false);
        assertFails(run(['lint', '--config', 'pipe.json', 'clean.smm.yaml'], { cwd: dir }), /^smm-strategy: Cannot read the config file 'pipe\.json': it is a pipe, not a file\.$/, false);
        assertFails(run(['lint', '/dev/zero'], { cwd: dir }), /^smm-strategy: Cannot read '\/dev\/zero': it is a device, not a file\.$/, false);
        fs.mkdirSync(path.join(dir, 'smm.config.json'));
        assertFails(run(['lint', 'clean.smm.yaml'], { cwd: dir }), /^smm-strategy: Cannot read the config file 'smm\.config\.json': it is a directory\.$/, false);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });

    it('2 for a file over the size limit, saying so', () => {
      const dir = tempDir();
      try {
        fs.writeFileSync(path.join(dir, 'huge.smm.yaml'), '');
        fs.truncateSync(path.join(dir, 'huge.smm.yaml'), 6 * 1024 * 1024);
        assertFails(run(['lint', '.'], { cwd: dir }), /^smm-strategy: 'huge\.smm\.yaml' is too large \(6 MB; the limit is 5 MB\)\.$/, false);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });

    it('2 with one line when the output cannot be written, such as to a full disk', function () {
      if (!fs.existsSync('/dev/full')) this.skip(); // Linux only
      for (const format of ['text', 'json', 'sarif']) {
        const full = fs.openSync('/dev/full', 'w');
        try {
          const r = spawnSync(process.execPath, [cli, 'lint', '--format', format, 'clean.smm.yaml'], { cwd: FIXTURES, stdio: ['ignore', full, 'pipe'], encoding: 'utf8', timeout: 30_000 });
          assert.equal(r.status, 2, r.stderr);
          assert.equal(r.stderr, 'smm-strategy: Cannot write the output: no space left on the device.\n');
        } finally {
          fs.closeSync(full);
        }
      }
    });

    it('ends quietly when the reader closes the pipe (| head), with the exit code of the lint', async () => {
      const child = spawn(process.execPath, [cli, 'lint', '.'], { cwd: FIXTURES, stdio: ['ignore', 'pipe', 'pipe'] });
      // Closed before the CLI has started, so its one write finds no reader (EPIPE).
      child.stdout.destroy();
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const [code] = (await once(child, 'close')) as [number | null];
      assert.equal(stderr, '');
      assert.equal(code, 1);
    });

    it('2 for an unreadable file or folder, without the usage hint', function () {
      if (process.platform === 'win32') this.skip();
      // root reads everything whatever its mode, so as root the CLI runs as 'nobody' (uid 65534).
      const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
      const dir = tempDir();
      try {
        writeTree(dir, { 'locked.smm.yaml': 'version: 1\n', 'shut/x.smm.yaml': 'version: 1\n' });
        fs.chmodSync(path.join(dir, 'locked.smm.yaml'), 0o000);
        fs.chmodSync(path.join(dir, 'shut'), 0o000);
        // The other user must reach the bundle and the folder, though.
        for (const open of [dir, outDir]) fs.chmodSync(open, 0o755);
        const runAs = (args: string[]): Run => {
          const r = spawnSync(process.execPath, [cli, ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000, env: { PATH: process.env.PATH, NO_COLOR: '1' }, ...asUser });
          return { code: r.status, stdout: r.stdout, stderr: r.stderr };
        };
        assertFails(runAs(['lint', 'locked.smm.yaml']), /^smm-strategy: Cannot read 'locked\.smm\.yaml': permission denied\.$/, false);
        assertFails(runAs(['lint', 'shut']), /^smm-strategy: Cannot read the directory 'shut': permission denied\.$/, false);
        assertFails(runAs(['lint', 'shut/*.smm.yaml']), /^smm-strategy: Cannot read the directory 'shut': permission denied\.$/, false);
      } finally {
        fs.chmodSync(path.join(dir, 'shut'), 0o755);
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  describe('config', () => {
    let dir: string;
    beforeEach(() => {
      dir = tempDir();
      fs.copyFileSync(path.join(FIXTURES, 'warnings.smm.yaml'), path.join(dir, 'w.smm.yaml'));
      fs.copyFileSync(path.join(FIXTURES, 'error.smm.yaml'), path.join(dir, 'e.smm.yaml'));
    });
    afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

    it('reads ./smm.config.json by default and --config FILE instead when given', () => {
      writeTree(dir, {
        'smm.config.json': JSON.stringify({ rules: { '*': 'off' } }),
        'ci.json': JSON.stringify({ rules: [{ rule: 'schema/*', severity: 'warning' }] }),
      });
      const byDefault = json(['e.smm.yaml', 'w.smm.yaml'], { cwd: dir });
      assert.equal(byDefault.code, 0);
      assert.deepEqual(byDefault.entries, [{ file: 'e.smm.yaml', problems: [] }, { file: 'w.smm.yaml', problems: [] }]);

      const explicit = json(['--config', 'ci.json', 'e.smm.yaml'], { cwd: dir });
      assert.equal(explicit.code, 0);
      assert.deepEqual(explicit.entries[0]!.problems.map((p) => [p.rule, p.severity]), [['schema/additionalProperties', 'warning']]);
    });

    it('rejects an invalid config with exit 2', () => {
      writeTree(dir, { 'smm.config.json': '{ "rules": { "no-goals": "loud" } }' });
      assertFails(run(['lint', 'e.smm.yaml'], { cwd: dir }), /Invalid config file 'smm\.config\.json': rules\["no-goals"\] must be one of off, info, warning, error/);
      writeTree(dir, { 'smm.config.json': '{ "locale": "hy", }' });
      assertFails(run(['lint', 'e.smm.yaml'], { cwd: dir }), /The config file 'smm\.config\.json' is not valid JSON/);
    });

    it('warns about unknown rule ids in the config but still lints', () => {
      writeTree(dir, { 'smm.config.json': '{ "rules": { "no-goalz": "off" } }' });
      const r = run(['lint', 'e.smm.yaml'], { cwd: dir });
      assert.equal(r.code, 1);
      assert.equal(r.stderr, "smm-strategy: warning: the config names an unknown rule 'no-goalz'.\n");
    });

    it('--locale overrides the config locale and the file locale', () => {
      writeTree(dir, { 'smm.config.json': '{ "locale": "ru" }' });
      const ru = json(['e.smm.yaml'], { cwd: dir }).entries[0]!.problems[0]!.message;
      assert.match(ru, /[а-яА-Я]/);
      const hy = json(['--locale', 'hy', 'e.smm.yaml'], { cwd: dir }).entries[0]!.problems[0]!.message;
      assert.match(hy, ARMENIAN);
    });
  });

  describe('text format', () => {
    it('prints file:line:col severity message rule with 1-based positions', () => {
      const r = run(['lint', 'error.smm.yaml']);
      const [first] = r.stdout.split('\n');
      assert.equal(positionOf('error.smm.yaml', 'industy:'), '10:3');
      assert.match(first!, /^error\.smm\.yaml:10:3 error .*'industy'.* schema\/additionalProperties$/);
      assert.match(r.stdout, /\n\n✖ 1 problem \(1 error, 0 warnings, 0 info\) in 1 file\n$/);
    });

    it('counts columns in UTF-16 units after a BOM, CRLF line ends and emoji, as the editor does', () => {
      const r = run(['lint', 'bom-crlf-emoji.smm.yaml']);
      assert.equal(r.code, 1);
      // Line 1 starts with a BOM and has ☕ (1 unit) and 😀 (2 units) before the typo: column 36.
      // Counting the BOM would give 37; counting code points, 35.
      assert.equal(positionOf('bom-crlf-emoji.smm.yaml', 'industy'), '1:36');
      // 👩‍🍳 is 5 UTF-16 units (3 code points); CRLF counts as one line break.
      assert.equal(positionOf('bom-crlf-emoji.smm.yaml', 'behind_the_scene,'), '155:62');
      const lines = r.stdout.split('\n').filter((l) => l.startsWith('bom-crlf-emoji.smm.yaml:'));
      assert.deepEqual(
        lines.map((l) => l.split(' ').slice(0, 2).join(' ') + ' ' + l.split(' ').at(-1)),
        ['bom-crlf-emoji.smm.yaml:1:36 error schema/additionalProperties', 'bom-crlf-emoji.smm.yaml:155:62 error schema/enum'],
      );
    });

    it('warns at the undecodable byte of a non-UTF-8 file', () => {
      const r = run(['lint', 'latin1.smm.yaml']);
      const syntax = r.stdout.split('\n').filter((l) => l.endsWith(' syntax'));
      assert.equal(syntax.length, 1);
      assert.match(syntax[0]!, /^latin1\.smm\.yaml:8:17 warning /);
      assert.equal(r.code, 0);
    });

    it('colors only on request: never with NO_COLOR, never into a pipe by default', () => {
      const ESC = '\u001b[';
      assert.ok(!run(['lint', 'error.smm.yaml']).stdout.includes(ESC));
      assert.ok(!run(['lint', 'error.smm.yaml'], { env: { NO_COLOR: undefined } }).stdout.includes(ESC));
      assert.ok(run(['lint', 'error.smm.yaml'], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } }).stdout.includes(`${ESC}31merror`));
      assert.ok(!run(['lint', 'error.smm.yaml'], { env: { NO_COLOR: '1', FORCE_COLOR: '1' } }).stdout.includes(ESC));
    });

    it('cannot be made to clear the screen, fake a clean run or inject links, by file text or file names', () => {
      const dir = tempDir();
      try {
        // YAML escapes in a key and in a value: clear screen and home, a fake summary, an OSC 8 link, a bidi override.
        const hostile = 'version: 1\nbrand:\n  name: "Nush"\n  "\\e[2J\\e[H\\e[32m✔ no problems in 1 file\\e]8;;https://evil.example\\a": 1\n  "\\u202Etxt.exe": 2\n';
        writeTree(dir, { 'a.smm.yaml': hostile, '\u001b[31mred\u0007.smm.yaml': hostile });
        for (const env of [{}, { NO_COLOR: undefined, FORCE_COLOR: '1' }]) {
          const r = run(['lint', '.'], { cwd: dir, env });
          assert.equal(r.code, 1);
          assert.deepEqual(terminalControls(r.stdout.replace(/\u001b\[\d+m/g, '')), [], r.stdout); // eslint-disable-line no-control-regex -- our colours
          assert.match(r.stdout, /^\\x1b\[31mred\\x07\.smm\.yaml:4:3 .*'\\x1b\[2J\\x1b\[H\\x1b\[32m✔ no problems in 1 file\\x1b\]8;;https:\/\/evil\.example\\x07'/m);
          assert.match(r.stdout, /'\\u202etxt\.exe'/);
        }
        const json = run(['lint', '--format', 'json', '.'], { cwd: dir });
        assert.deepEqual(terminalControls(json.stdout), []);
        assert.ok((JSON.parse(json.stdout) as JsonEntry[]).some((e) => e.file === '\u001b[31mred\u0007.smm.yaml'));
        assert.deepEqual(terminalControls(run(['lint', '--format', 'sarif', '.'], { cwd: dir }).stdout), []);
        // The CLI's own messages quote arguments and paths: escaped too.
        assertFails(run(['lint', '\u001b[2Jgone.smm.yaml'], { cwd: dir }), /^smm-strategy: No such file or directory: '\\x1b\[2Jgone\.smm\.yaml'\.$/);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });

    it('summarizes several files', () => {
      const r = run(['lint', 'clean.smm.yaml', 'error.smm.yaml', 'warnings.smm.yaml']);
      assert.match(r.stdout, /\n✖ \d+ problems? \(1 error, \d+ warnings?, \d+ info\) in 2 of 3 files\n$/);
    });
  });

  describe('json format', () => {
    it('is exactly the contract: one entry per file, sorted, with rule, severity, message and a 0-based range', () => {
      const { code, entries } = json(['.']);
      assert.equal(code, 1);
      assert.deepEqual(
        entries.map((e) => e.file),
        ['armenian.smm.yaml', 'bom-crlf-emoji.smm.yaml', 'clean.smm.yaml', 'empty.smm.yaml', 'error.smm.yaml', 'latin1.smm.yaml', 'warnings.smm.yaml'],
      );
      for (const entry of entries) {
        assert.deepEqual(Object.keys(entry), ['file', 'problems']);
        for (const p of entry.problems) {
          assert.deepEqual(Object.keys(p), ['rule', 'severity', 'message', 'range']);
          assert.ok(['error', 'warning', 'info'].includes(p.severity));
          assert.equal(typeof p.rule, 'string');
          assert.equal(typeof p.message, 'string');
          assert.deepEqual(Object.keys(p.range), ['start', 'end']);
          for (const pos of [p.range.start, p.range.end]) {
            assert.deepEqual(Object.keys(pos), ['line', 'character']);
            assert.ok(Number.isInteger(pos.line) && pos.line >= 0);
            assert.ok(Number.isInteger(pos.character) && pos.character >= 0);
          }
        }
      }
      assert.deepEqual(entries.find((e) => e.file === 'clean.smm.yaml'), { file: 'clean.smm.yaml', problems: [] });
      const error = entries.find((e) => e.file === 'error.smm.yaml')!;
      assert.equal(error.problems.length, 1);
      const [only] = error.problems;
      assert.equal(only!.rule, 'schema/additionalProperties');
      assert.equal(only!.severity, 'error');
      assert.match(only!.message, /'industy'/);
      assert.deepEqual(only!.range, { start: { line: 9, character: 2 }, end: { line: 9, character: 9 } });
    });

    it('reports an empty file as one error at 1:1, not as a crash or a clean pass', () => {
      const { code, entries } = json(['empty.smm.yaml']);
      assert.equal(code, 1);
      assert.deepEqual(
        entries.map((e) => ({ file: e.file, problems: e.problems.map((p) => [p.severity, p.range]) })),
        [{ file: 'empty.smm.yaml', problems: [['error', { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }]] }],
      );
      assert.match(run(['lint', 'empty.smm.yaml']).stdout, /^empty\.smm\.yaml:1:1 error /);
    });

    it('--locale hy gives Armenian messages for an English file', () => {
      const en = json(['error.smm.yaml']).entries[0]!.problems[0]!.message;
      const hy = json(['--locale', 'hy', 'error.smm.yaml']).entries[0]!.problems[0]!.message;
      assert.doesNotMatch(en, ARMENIAN);
      assert.match(hy, ARMENIAN);
    });

    it("an Armenian file's own locale gives Armenian messages; --locale en overrides it", () => {
      const own = json(['armenian.smm.yaml']).entries[0]!.problems;
      assert.ok(own.length > 0);
      for (const p of own) assert.match(p.message, ARMENIAN);
      for (const p of json(['--locale', 'en', 'armenian.smm.yaml']).entries[0]!.problems) assert.doesNotMatch(p.message, ARMENIAN);
    });
  });

  describe('sarif format', () => {
    it('is valid SARIF 2.1.0 over every fixture', () => {
      const r = run(['lint', '--format', 'sarif', '.']);
      assert.equal(r.code, 1);
      const log = JSON.parse(r.stdout) as { runs: { tool: { driver: { name: string; version: string; rules: { id: string }[] } }; results: { ruleId: string; ruleIndex: number; level: string; locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: Record<string, number> } }[] }[] }[] };
      assert.deepEqual(validateSarif(log), []);
      const [sarifRun] = log.runs;
      assert.equal(log.runs.length, 1);
      assert.equal(sarifRun!.tool.driver.name, 'smm-strategy');
      assert.equal(sarifRun!.tool.driver.version, version);
      const ids = sarifRun!.tool.driver.rules.map((d) => d.id);
      for (const rule of RULES) assert.ok(ids.includes(rule.id), rule.id);
      for (const id of ['syntax', 'schema/additionalProperties', 'schema/enum']) assert.ok(ids.includes(id), id);
      for (const result of sarifRun!.results) assert.equal(ids[result.ruleIndex], result.ruleId);

      const bom = sarifRun!.results.find((x) => x.locations[0]!.physicalLocation.artifactLocation.uri === 'bom-crlf-emoji.smm.yaml')!;
      assert.deepEqual(bom.locations[0]!.physicalLocation, {
        artifactLocation: { uri: 'bom-crlf-emoji.smm.yaml', uriBaseId: 'SRCROOT', index: 1 },
        region: { startLine: 1, startColumn: 36, endLine: 1, endColumn: 43 },
      });
      assert.equal(bom.level, 'error');
    });

    it('maps info to note and keeps URIs relative to the working directory', () => {
      const dir = tempDir();
      try {
        writeTree(dir, { 'smm.config.json': '{ "rules": { "*": "info" } }', 'sub dir/x.smm.yaml': fs.readFileSync(path.join(FIXTURES, 'error.smm.yaml'), 'utf8') });
        const r = run(['lint', '--format', 'sarif', 'sub dir'], { cwd: dir });
        assert.equal(r.code, 0);
        const log = JSON.parse(r.stdout) as { runs: { results: { level: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
        assert.deepEqual(validateSarif(log), []);
        const results = log.runs[0]!.results;
        assert.ok(results.length > 0);
        for (const result of results) {
          assert.equal(result.level, 'note');
          assert.equal(result.locations[0]!.physicalLocation.artifactLocation.uri, 'sub%20dir/x.smm.yaml');
        }
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  describe('files', () => {
    it('searches directories and expands quoted globs, each file once, in sorted order', () => {
      const all = json(['.']).entries.map((e) => e.file);
      assert.equal(all.length, 7);
      assert.deepEqual(json(['*.smm.yaml', 'clean.smm.yaml', '.']).entries.map((e) => e.file), all);
      assert.deepEqual(json(['e*.smm.yaml']).entries.map((e) => e.file), ['empty.smm.yaml', 'error.smm.yaml']);
      // The pattern the extension itself uses for strategy files.
      assert.deepEqual(json(['*.smm.{yaml,yml}']).entries.map((e) => e.file), all);
      assert.deepEqual(json(['**/c?ean.smm.yaml'], { cwd: path.dirname(FIXTURES) }).entries.map((e) => e.file), ['fixtures/clean.smm.yaml']);
    });
  });

  describe('render', () => {
    it('0: prints the page, its script-blocking policy first; markdown on request; -o writes a file', () => {
      const r = run(['render', 'armenian.smm.yaml']);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stderr, '');
      const lines = r.stdout.split('\n');
      assert.deepEqual(lines.slice(0, 3), ['<!doctype html>', '<html lang="hy">', '<head>']);
      assert.match(lines[3]!, /^<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'; /);
      assert.equal(lines[4], '<meta charset="utf-8">');
      assert.doesNotMatch(r.stdout, /<script/i);
      assert.match(run(['render', '--format', 'markdown', 'armenian.smm.yaml']).stdout, /^# «Կումայրի» հացատուն․ SMM ռազմավարություն\n/);
      const dir = tempDir();
      try {
        const w = run(['render', '-o', path.join(dir, 'plan.html'), 'armenian.smm.yaml']);
        assert.deepEqual([w.code, w.stdout, w.stderr], [0, '', '']);
        assert.equal(fs.readFileSync(path.join(dir, 'plan.html'), 'utf8'), r.stdout);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });

    it('1: a file that is not readable YAML still gets its plan, and one line on stderr', () => {
      const dir = tempDir();
      try {
        writeTree(dir, { 'broken.smm.yaml': 'version: 1\ngoals: [\n' });
        const r = run(['render', 'broken.smm.yaml'], { cwd: dir });
        assert.equal(r.code, 1);
        assert.ok(r.stdout.startsWith('<!doctype html>'));
        assert.match(r.stderr, /^smm-strategy: 'broken\.smm\.yaml' is not readable YAML; the plan shows what could be read\. Line \d+: .+\n$/);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });

    it('2: usage mistakes and files that cannot be read or written', () => {
      assertFails(run(['render', 'clean.smm.yaml', 'error.smm.yaml']), /^smm-strategy: render takes one file, but 2 were given\.$/);
      assertFails(run(['render', '-o', 'clean.smm.yaml', 'clean.smm.yaml']), /^smm-strategy: The output file 'clean\.smm\.yaml' is the strategy itself/);
      assertFails(run(['render', 'missing.smm.yaml']), /^smm-strategy: Cannot read 'missing\.smm\.yaml': no such file or directory\.$/, false);
      assertFails(run(['render', '-o', 'no/such/dir/plan.html', 'clean.smm.yaml']), /^smm-strategy: Cannot write 'no\/such\/dir\/plan\.html': no such file or directory\.$/, false);
    });

    it('2 with one line when stdout cannot be written, such as a full disk', function () {
      if (!fs.existsSync('/dev/full')) this.skip(); // Linux only
      const full = fs.openSync('/dev/full', 'w');
      try {
        const r = spawnSync(process.execPath, [cli, 'render', 'clean.smm.yaml'], { cwd: FIXTURES, stdio: ['ignore', full, 'pipe'], encoding: 'utf8', timeout: 30_000 });
        assert.equal(r.status, 2, r.stderr);
        assert.equal(r.stderr, 'smm-strategy: Cannot write the output: no space left on the device.\n');
      } finally {
        fs.closeSync(full);
      }
    });
  });

  describe('--help and --version', () => {
    it('prints help on stdout with exit 0, stating the position convention', () => {
      const r = run(['--help']);
      assert.equal(r.code, 0);
      assert.match(r.stdout, /smm-strategy lint \[options\] <file\|dir\|glob>\.\.\./);
      assert.match(r.stdout, /UTF-16/);
      assert.equal(r.stderr, '');
    });

    it('prints help in the language of --locale', () => {
      const r = run(['--help', '--locale', 'ru']);
      assert.equal(r.code, 0);
      assert.match(r.stdout, /^smm-strategy \S+: проверка стратегий/);
      assert.match(r.stdout, /smm-strategy lint \[параметры\] <файл\|папка\|glob>\.\.\./);
    });

    it("prints package.json's version", () => {
      const r = run(['--version']);
      assert.equal(r.code, 0);
      assert.equal(r.stdout, `${version}\n`);
    });
  });
});
