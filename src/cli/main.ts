import * as path from 'node:path';
import { RULES } from '../core/rules';
import type { LintConfig } from '../core/config';
import type { Locale, Localized } from '../core/i18n/locale';
import { parseArgs, requestedLocale, type LintCommand, type RenderCommand } from './args';
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
import { renderFile } from './renderFile';
import { countSeverities, lintExitCode, onlyErrors } from './report';
import { escapeForTerminal } from './terminal';
import { VERSION } from './version';
import { sameFile, writeFileAtomically } from './writeFile';

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
 * Runs the CLI and returns its exit code: for `lint`, 0 clean, 1 errors or too many warnings; for
 * `render`, 0 when a plan was made, 1 when the file is not readable YAML (the plan shows why);
 * 2 for a usage or I/O failure. Expected failures print one line each on stderr; only a bug
 * prints a stack trace.
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
    return command.command === 'lint' ? lint(command, io, messages) : render(command, io, messages);
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

/**
 * The config file's settings with `--locale` applied, the language of the messages set from them,
 * and a warning for each rule the config names that does not exist.
 */
function lintConfig(command: LintCommand | RenderCommand, io: CliIo, messages: Messages): LintConfig {
  const loaded = loadConfig(command.config, io.cwd);
  // --locale beats the config file, which beats each file's own `locale:` (the core applies that last step).
  const config: LintConfig = command.locale ? { ...loaded.config, locale: command.locale } : loaded.config;
  messages.locale = config.locale ?? messages.locale;
  for (const rule of unknownRuleIds(loaded.config, RULES.map((r) => r.id))) messages.print(cliText('unknownRule', { rule }));
  return config;
}

function lint(command: LintCommand, io: CliIo, messages: Messages): number {
  const config = lintConfig(command, io, messages);
  const files = expandPatterns(command.patterns, io.cwd);
  const { reports, ruleFailures } = lintFiles(files, config);

  for (const f of ruleFailures) messages.print(cliText('ruleFailed', { rule: f.rule, file: f.file, detail: errorDetail(f.error) }));

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

/** One strategy as a plan, on stdout or in the `-o` file. */
function render(command: RenderCommand, io: CliIo, messages: Messages): number {
  const config = lintConfig(command, io, messages);
  // Named by the user, so shown as they wrote it.
  const file = { absolute: path.resolve(io.cwd, command.file), display: command.file };
  const output = command.output === undefined ? undefined : { absolute: path.resolve(io.cwd, command.output), shown: command.output };
  // Checked before anything is read or written: a slip in the command line must not cost the strategy.
  if (output && sameFile(output.absolute, file.absolute)) throw new CliError(cliText('outputIsInput', { path: output.shown }));

  const { text, result, plan } = renderFile(file, config, command.format);
  for (const { rule, error } of result.ruleErrors) messages.print(cliText('ruleFailed', { rule, file: file.display, detail: errorDetail(error) }));
  for (const { part, error } of plan.errors) messages.print(cliText('partFailed', { part, file: file.display, detail: errorDetail(error) }));

  if (output) writeFileAtomically(output.absolute, output.shown, text);
  else io.stdout(text);

  if (result.document.parsed.usable) return 0;
  // Only a config that switches the syntax check off can hide the problem; the plan is all there is then.
  const syntax = result.problems.find((p) => p.rule === 'syntax' && p.severity === 'error');
  messages.print(syntax
    ? cliText('notReadableYaml', { file: file.display, line: syntax.range.start.line + 1, message: untranslated(syntax.message) })
    : cliText('notReadableYamlSeePlan', { file: file.display }));
  return 1;
}

function errorDetail(error: unknown): Localized {
  return untranslated(error instanceof Error ? error.message : String(error));
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
