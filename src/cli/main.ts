import { RULES } from '../core/rules';
import type { LintConfig } from '../core/config';
import type { Locale, Localized } from '../core/i18n/locale';
import { parseArgs, requestedLocale, type LintCommand } from './args';
import { loadConfig, unknownRuleIds } from './configFile';
import { CliError } from './errors';
import { expandPatterns } from './files';
import { formatJson } from './formatters/json';
import { formatSarif } from './formatters/sarif';
import { formatText } from './formatters/text';
import { helpText } from './help';
import { lintFiles } from './lintFiles';
import { cliText, untranslated } from './messages';
import { processIo, type CliIo } from './processIo';
import { countSeverities, lintExitCode, onlyErrors } from './report';
import { escapeForTerminal } from './terminal';
import { VERSION } from './version';

/**
 * The CLI's own messages on stderr, one line each, in the language known so far: English until
 * `--locale` or the config file says otherwise. They quote paths, patterns and config values,
 * which may hold control characters, so those are escaped.
 */
class Messages {
  constructor(
    private readonly io: CliIo,
    public locale: Locale,
  ) {}

  print(text: Localized): void {
    this.io.stderr(`smm-strategy: ${escapeForTerminal(text[this.locale])}\n`);
  }
}

/**
 * Runs the CLI and returns its exit code: 0 clean, 1 errors or too many warnings, 2 usage or I/O
 * failure. Expected failures print one line each on stderr; only a bug prints a stack trace.
 */
export function main(argv: readonly string[], io: CliIo): number {
  const messages = new Messages(io, requestedLocale(argv) ?? 'en');
  try {
    const command = parseArgs(argv);
    if (command.command === 'help') {
      io.stdout(helpText(VERSION, messages.locale));
      return 0;
    }
    if (command.command === 'version') {
      io.stdout(`${VERSION}\n`);
      return 0;
    }
    return lint(command, io, messages);
  } catch (error) {
    if (error instanceof CliError) {
      for (const line of error.lines) messages.print(line);
      if (error.kind === 'usage') io.stderr(`${cliText('usageHint')[messages.locale]}\n`);
      return 2;
    }
    // A bug: the stack trace is for the report, each of its lines escaped like any other.
    const [first = '', ...frames] = (error instanceof Error ? (error.stack ?? error.message) : String(error)).split('\n');
    messages.print(cliText('internalError', { detail: first }));
    for (const frame of frames) io.stderr(`${escapeForTerminal(frame)}\n`);
    return 2;
  }
}

function lint(command: LintCommand, io: CliIo, messages: Messages): number {
  const loaded = loadConfig(command.config, io.cwd);
  // --locale beats the config file, which beats each file's own `locale:` (the core applies that last step).
  const config: LintConfig = command.locale ? { ...loaded.config, locale: command.locale } : loaded.config;
  messages.locale = config.locale ?? messages.locale;
  for (const rule of unknownRuleIds(loaded.config, RULES.map((r) => r.id))) messages.print(cliText('unknownRule', { rule }));
  const files = expandPatterns(command.patterns, io.cwd);
  const { reports, ruleFailures } = lintFiles(files, config);

  for (const f of ruleFailures) {
    const detail = untranslated(f.error instanceof Error ? f.error.message : String(f.error));
    messages.print(cliText('ruleFailed', { rule: f.rule, file: f.file, detail }));
  }

  const counts = countSeverities(reports);
  const shown = command.quiet ? onlyErrors(reports) : reports;
  switch (command.format) {
    case 'json':
      io.stdout(formatJson(shown));
      break;
    case 'sarif':
      io.stdout(formatSarif(shown, { version: VERSION, cwd: io.cwd, rules: RULES }));
      break;
    case 'text':
      io.stdout(formatText(shown, { color: useColor(io), locale: messages.locale }));
      break;
  }
  const code = lintExitCode(counts, command.maxWarnings);
  if (counts.error === 0 && code === 1) {
    // On stderr, so json and sarif output on stdout stay parseable.
    messages.print(cliText('tooManyWarnings', { count: counts.warning, max: command.maxWarnings ?? 0 }));
  }
  return code;
}

/** Colors only on a terminal, never when NO_COLOR is set and non-empty (https://no-color.org); FORCE_COLOR forces them. */
export function useColor(io: Pick<CliIo, 'env' | 'stdoutIsTty'>): boolean {
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '') return io.env.FORCE_COLOR !== '0';
  return io.stdoutIsTty;
}

// The process wiring; the end-to-end tests exercise it through the bundle.
if (require.main === module) {
  const argv = process.argv.slice(2);
  process.exitCode = main(argv, processIo(requestedLocale(argv) ?? 'en'));
}
