import { LOCALES, isLocale, type Locale } from '../core/i18n/locale';
import { CliError } from './errors';

export const FORMATS = ['text', 'json', 'sarif'] as const;
export type Format = (typeof FORMATS)[number];

/** What `smm-strategy lint …` asks for. */
export interface LintCommand {
  readonly command: 'lint';
  readonly format: Format;
  /** Overrides the config file's and each file's own `locale:`. */
  readonly locale?: Locale;
  /** Exit 1 when more warnings than this are found (infos never count). */
  readonly maxWarnings?: number;
  /** A JSON config file; when absent, `smm.config.json` in the current directory is used if it exists. */
  readonly config?: string;
  /** Print errors only; the exit code still counts every problem. */
  readonly quiet: boolean;
  /** Files, directories and globs, in the order given. */
  readonly patterns: readonly string[];
}

export type Command = LintCommand | { readonly command: 'help' } | { readonly command: 'version' };

/** Flags that take a value, with their short spellings. */
const VALUE_FLAGS: Readonly<Record<string, string>> = {
  '--format': '--format',
  '-f': '--format',
  '--locale': '--locale',
  '--max-warnings': '--max-warnings',
  '--config': '--config',
  '-c': '--config',
};

const BOOLEAN_FLAGS: Readonly<Record<string, string>> = {
  '--quiet': '--quiet',
  '-q': '--quiet',
  '--help': '--help',
  '-h': '--help',
  '--version': '--version',
  '-v': '--version',
};

/**
 * Parses the arguments after `node cli.js`. Hand-written, because the grammar is tiny and the
 * messages should name exactly what was wrong. Throws `CliError` on any usage mistake.
 *
 * - `--flag value` and `--flag=value` are both accepted; a repeated flag keeps its last value.
 * - `--help` / `--version` win over everything else, wherever they appear (as in most CLIs).
 * - `--` ends the flags, so a file named `-x.smm.yaml` can still be linted.
 *
 * @example parseArgs(['lint', '--format', 'json', 'examples']) // { command: 'lint', format: 'json', patterns: ['examples'], quiet: false }
 */
export function parseArgs(argv: readonly string[]): Command {
  const positionals: string[] = [];
  const values = new Map<string, string>();
  const booleans = new Set<string>();
  let onlyPositionals = false;

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (onlyPositionals || arg === '-' || !arg.startsWith('-')) {
      positionals.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPositionals = true;
      continue;
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq >= 0 ? arg.slice(0, eq) : arg;
    const valueFlag = VALUE_FLAGS[name];
    const booleanFlag = BOOLEAN_FLAGS[name];
    if (valueFlag) {
      let value: string | undefined;
      if (eq >= 0) value = arg.slice(eq + 1);
      else {
        value = argv[i + 1];
        // `--format --quiet` is a forgotten value, not a format named "--quiet".
        if (value === undefined || (value.startsWith('-') && value !== '-' && !/^-\d/.test(value))) {
          throw new CliError(`Option '${name}' needs a value.`);
        }
        i++;
      }
      values.set(valueFlag, value);
    } else if (booleanFlag) {
      if (eq >= 0) throw new CliError(`Option '${name}' takes no value.`);
      booleans.add(booleanFlag);
    } else {
      throw new CliError(`Unknown option '${name}'.`);
    }
  }

  if (booleans.has('--help')) return { command: 'help' };
  if (booleans.has('--version')) return { command: 'version' };

  const [command, ...patterns] = positionals;
  if (command === undefined) throw new CliError("No command given; expected 'lint'.");
  if (command !== 'lint') throw new CliError(`Unknown command '${command}'; expected 'lint'.`);
  if (patterns.length === 0) throw new CliError('No files given: name at least one file, directory or glob to lint.');
  if (patterns.some((p) => p === '')) throw new CliError('An empty file name was given.');

  const format = values.get('--format') ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new CliError(`Invalid value '${format}' for --format; expected one of: ${FORMATS.join(', ')}.`);
  }
  const locale = values.get('--locale');
  if (locale !== undefined && !isLocale(locale)) {
    throw new CliError(`Invalid value '${locale}' for --locale; expected one of: ${LOCALES.join(', ')}.`);
  }
  const maxWarningsText = values.get('--max-warnings');
  let maxWarnings: number | undefined;
  if (maxWarningsText !== undefined) {
    // Digits only: Number('') is 0 and Number('1e3') is 1000, neither of which anyone means.
    if (!/^\d+$/.test(maxWarningsText.trim())) {
      throw new CliError(`Invalid value '${maxWarningsText}' for --max-warnings; expected a whole number, 0 or more.`);
    }
    maxWarnings = Number(maxWarningsText.trim());
  }
  const config = values.get('--config');
  if (config === '') throw new CliError('Option --config needs a file name.');

  return {
    command: 'lint',
    format: format as Format,
    ...(locale !== undefined ? { locale: locale as Locale } : {}),
    ...(maxWarnings !== undefined ? { maxWarnings } : {}),
    ...(config !== undefined ? { config } : {}),
    quiet: booleans.has('--quiet'),
    patterns,
  };
}

/** The text of `--help`. */
export function helpText(version: string): string {
  return `smm-strategy ${version}: lint social media strategies written as *.smm.yaml

Usage:
  smm-strategy lint [options] <file|dir|glob>...
  smm-strategy --help | --version

Arguments:
  file              linted as given, whatever its name
  dir               searched recursively for *.smm.yaml and *.smm.yml
                    (node_modules and directories starting with '.' are skipped)
  glob              '*' and '?' match within one path segment, '**' any number of
                    segments; quote it so the shell leaves it alone: 'docs/**/*.smm.yaml'

Options:
  -f, --format text|json|sarif   output format (default: text)
      --locale en|hy|ru          language of the problem messages; overrides the
                                 config file and each file's own 'locale:'
      --max-warnings N           exit 1 when more than N warnings are found
  -c, --config FILE              JSON config; default: ./smm.config.json if it exists
                                 { "locale": "hy", "rules": { "no-budget": "off", "audience-*": "info" } }
                                 (rules may also be a list: [{ "rule": "...", "severity": "..." }])
  -q, --quiet                    print errors only (warnings still count for the exit code)
  -h, --help                     show this help
  -v, --version                  show the version

Output:
  text    file:line:col severity message rule, then a summary. Lines and columns
          are 1-based; columns count UTF-16 code units, as the editor does (an
          emoji counts 2, a byte order mark is not counted).
  json    [{ "file", "problems": [{ "rule", "severity", "message",
          "range": { "start": { "line", "character" }, "end": { … } } }] }]
          with 0-based positions, one entry per file.
  sarif   SARIF 2.1.0 for code scanning.

Exit codes:
  0  no errors (and no more warnings than --max-warnings)
  1  errors found, or too many warnings
  2  usage error or a file that cannot be read
`;
}
