import * as assert from 'node:assert/strict';
import { parseArgs, requestedLocale, type LintCommand } from '../../src/cli/args';
import { CliError } from '../../src/cli/errors';
import { helpText } from '../../src/cli/help';

/** The message of the `CliError` that parsing `argv` throws. */
function usageError(argv: string[]): string {
  try {
    parseArgs(argv);
  } catch (error) {
    assert.ok(error instanceof CliError, `expected a CliError, got ${String(error)}`);
    assert.equal(error.kind, 'usage');
    return error.message;
  }
  assert.fail(`expected ${JSON.stringify(argv)} to be a usage error`);
}

/** Parses `argv`, which must be a lint command. */
function lint(argv: string[]): LintCommand {
  const command = parseArgs(argv);
  assert.equal(command.command, 'lint');
  return command as LintCommand;
}

describe('cli/args', () => {
  it('parses lint with defaults', () => {
    assert.deepEqual(parseArgs(['lint', 'a.smm.yaml']), { command: 'lint', format: 'text', quiet: false, patterns: ['a.smm.yaml'] });
  });

  it('parses every option, in both --flag value and --flag=value spellings', () => {
    assert.deepEqual(
      parseArgs(['lint', '--format', 'sarif', '--locale=hy', '--max-warnings', '3', '--config=cfg.json', '--quiet', 'a', 'dir', '**/*.smm.yaml']),
      { command: 'lint', format: 'sarif', locale: 'hy', maxWarnings: 3, config: 'cfg.json', quiet: true, patterns: ['a', 'dir', '**/*.smm.yaml'] },
    );
    assert.deepEqual(parseArgs(['lint', '-f', 'json', '-c', 'x.json', '-q', 'a']), {
      command: 'lint',
      format: 'json',
      config: 'x.json',
      quiet: true,
      patterns: ['a'],
    });
  });

  it('accepts options before the command and between files', () => {
    assert.deepEqual(parseArgs(['--format=json', 'lint', 'a', '--locale', 'ru', 'b']), {
      command: 'lint',
      format: 'json',
      locale: 'ru',
      quiet: false,
      patterns: ['a', 'b'],
    });
  });

  it('keeps the last value of a repeated option', () => {
    assert.equal(lint(['lint', '--format', 'json', '--format', 'text', 'a']).format, 'text');
  });

  it('treats everything after -- as files', () => {
    assert.deepEqual(lint(['lint', '--', '--quiet', '-x.smm.yaml']).patterns, ['--quiet', '-x.smm.yaml']);
  });

  it('accepts grouped short flags and a value joined to its short flag', () => {
    assert.deepEqual(parseArgs(['lint', '-qfjson', 'a']), { command: 'lint', format: 'json', quiet: true, patterns: ['a'] });
    assert.deepEqual(parseArgs(['lint', '-qc', 'x.json', 'a']), { command: 'lint', format: 'text', config: 'x.json', quiet: true, patterns: ['a'] });
    assert.deepEqual(parseArgs(['lint', '-qh']), { command: 'help' });
    assert.equal(usageError(['lint', '-qx', 'a']), "Unknown option '-x'.");
  });

  it('takes a value that starts with a dash only when joined with =', () => {
    assert.deepEqual(lint(['lint', '--config=-odd.json', 'a']).config, '-odd.json');
    assert.equal(usageError(['lint', '--config', '-odd.json', 'a']), "Option '--config' needs a value.");
    assert.match(usageError(['lint', '--max-warnings', '-1', 'a']), /Invalid value '-1' for --max-warnings/);
  });

  it('finds the --locale to report in, even in arguments that do not parse', () => {
    assert.equal(requestedLocale(['--locale', 'ru', 'lint', '--bogus']), 'ru');
    assert.equal(requestedLocale(['lint', '--locale=hy', '--locale', 'de']), 'hy');
    assert.equal(requestedLocale(['lint', '--', '--locale=hy']), undefined);
    assert.equal(requestedLocale([]), undefined);
  });

  it('accepts --max-warnings 0', () => {
    assert.equal(lint(['lint', '--max-warnings', '0', 'a']).maxWarnings, 0);
  });

  it('--help and --version win wherever they are, even next to mistakes', () => {
    assert.deepEqual(parseArgs(['--help']), { command: 'help' });
    assert.deepEqual(parseArgs(['lint', '-h']), { command: 'help' });
    assert.deepEqual(parseArgs(['lint', '--format', 'xml', '--help']), { command: 'help' });
    assert.deepEqual(parseArgs(['--version']), { command: 'version' });
    assert.deepEqual(parseArgs(['-v', 'lint']), { command: 'version' });
  });

  it('rejects unknown options, naming them', () => {
    assert.equal(usageError(['lint', '--fromat', 'json', 'a']), "Unknown option '--fromat'.");
    assert.equal(usageError(['lint', '-x', 'a']), "Unknown option '-x'.");
    assert.equal(usageError(['lint', '--quiet=yes', 'a']), "Option '--quiet' takes no value.");
  });

  it('rejects a missing or unknown command and missing files', () => {
    assert.match(usageError([]), /No command given/);
    assert.match(usageError(['check', 'a']), /Unknown command 'check'; expected 'lint'/);
    assert.match(usageError(['a.smm.yaml']), /Unknown command 'a\.smm\.yaml'/);
    assert.match(usageError(['lint']), /No files given/);
    assert.match(usageError(['lint', '--quiet']), /No files given/);
    assert.match(usageError(['lint', '']), /empty file name/);
  });

  it('rejects bad option values, listing the valid ones', () => {
    assert.equal(usageError(['lint', '--format', 'xml', 'a']), "Invalid value 'xml' for --format; expected one of: text, json, sarif.");
    assert.equal(usageError(['lint', '--locale', 'de', 'a']), "Invalid value 'de' for --locale; expected one of: en, hy, ru.");
    for (const bad of ['-1', 'abc', '1.5', '1e3', '']) {
      assert.match(usageError(['lint', `--max-warnings=${bad}`, 'a']), /for --max-warnings; expected a whole number/, bad);
    }
    assert.equal(usageError(['lint', '--config=', 'a']), "Option '--config' needs a file name.");
  });

  it('rejects an option whose value is missing', () => {
    assert.equal(usageError(['lint', 'a', '--format']), "Option '--format' needs a value.");
    assert.equal(usageError(['lint', '--format', '--quiet', 'a']), "Option '--format' needs a value.");
  });

  it('parses render with its defaults and every option', () => {
    assert.deepEqual(parseArgs(['render', 'a.smm.yaml']), { command: 'render', format: 'html', file: 'a.smm.yaml' });
    assert.deepEqual(parseArgs(['render', '-f', 'markdown', '--locale', 'ru', '-c', 'x.json', '-o', 'plan.md', 'a.smm.yaml']), {
      command: 'render',
      format: 'markdown',
      locale: 'ru',
      config: 'x.json',
      output: 'plan.md',
      file: 'a.smm.yaml',
    });
    assert.deepEqual(parseArgs(['--output=p.html', 'render', '--', '-a.smm.yaml']), { command: 'render', format: 'html', output: 'p.html', file: '-a.smm.yaml' });
  });

  it('gives each command its own formats and options', () => {
    assert.equal(usageError(['render', '--format', 'json', 'a']), "Invalid value 'json' for --format; expected one of: html, markdown.");
    assert.equal(usageError(['lint', '--format', 'html', 'a']), "Invalid value 'html' for --format; expected one of: text, json, sarif.");
    assert.equal(usageError(['lint', '-o', 'x', 'a']), "Unknown option '-o'.");
    assert.equal(usageError(['render', '--max-warnings', '0', 'a']), "Unknown option '--max-warnings'.");
    assert.equal(usageError(['check', 'a']), "Unknown command 'check'; expected 'lint' or 'render'.");
  });

  it('renders exactly one named file', () => {
    assert.equal(usageError(['render']), 'No file given: name the strategy file to render.');
    assert.equal(usageError(['render', 'a', 'b', 'c']), 'render takes one file, but 3 were given.');
    assert.equal(usageError(['render', '']), 'An empty file name was given.');
    assert.equal(usageError(['render', '-o', 'p.html']), 'No file given: name the strategy file to render.');
    assert.equal(usageError(['render', 'a', '--output']), "Option '--output' needs a value.");
  });

  it('documents the position convention in --help', () => {
    const help = helpText('1.2.3');
    assert.match(help, /^smm-strategy 1\.2\.3/);
    assert.match(help, /1-based/);
    assert.match(help, /UTF-16 code units/);
    for (const option of ['--format', '--locale', '--max-warnings', '--config', '--quiet', '--output', '--help', '--version']) assert.ok(help.includes(option), option);
  });

  it('documents render in --help: its usage, formats and exit codes', () => {
    const help = helpText('1.2.3');
    assert.match(help, /smm-strategy render \[options\] <file>/);
    assert.match(help, /-f, --format html\|markdown/);
    assert.match(help, /-o, --output FILE/);
    assert.match(help, /render: the file is not readable YAML/);
  });

  it('writes --help in the language --locale asks for, with the same options and exit codes', () => {
    const options = (text: string) => [...text.matchAll(/^ {2}(-\w, )?(--[\w-]+)/gm)].map((m) => m[2]);
    const codes = (text: string) => [...text.matchAll(/^ {2}(\d) {2}/gm)].map((m) => m[1]);
    const english = helpText('1.2.3');
    for (const [locale, letters] of [['hy', /[\u0531-\u058F]{4}/], ['ru', /[\u0400-\u04FF]{4}/]] as const) {
      const help = helpText('1.2.3', locale);
      assert.match(help, /^smm-strategy 1\.2\.3/);
      assert.match(help.split('\n')[0]!, letters);
      assert.deepEqual(options(help), options(english), locale);
      assert.deepEqual(codes(help), codes(english), locale);
      assert.ok(help.includes('smm-strategy lint'), locale);
      assert.ok(!/\{(version|mb)\}/.test(help), locale);
    }
  });
});
