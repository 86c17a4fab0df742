import { parseArgs as tokenizeArgs } from 'node:util';
import { LOCALES, isLocale, type Locale } from '../core/i18n/locale';
import { CliError } from './errors';
import { alternatives, cliText } from './messages';

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

export const RENDER_FORMATS = ['html', 'markdown'] as const;
export type RenderFormat = (typeof RENDER_FORMATS)[number];

/** What `smm-strategy render …` asks for: one strategy as a plan. */
export interface RenderCommand {
  readonly command: 'render';
  readonly format: RenderFormat;
  /** The language of the plan's headings, labels and problems; overrides the config's and the file's own `locale:`. */
  readonly locale?: Locale;
  /** As for lint: the problems shown in the plan follow the same config. */
  readonly config?: string;
  /** Write the plan to this file instead of stdout. */
  readonly output?: string;
  readonly file: string;
}

export type Command = LintCommand | RenderCommand | { readonly command: 'help' } | { readonly command: 'version' };

/** An option as users type it: `--name value`, `--name=value` or `-s value` (a boolean takes no value). */
interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  /** The only values a string option accepts; anything else is a usage error that lists them. */
  readonly choices?: readonly string[];
}

/** Option values by long name; a boolean that was given is `true`. A repeated option keeps its last value. */
type OptionValues = ReadonlyMap<string, string | true>;

/** A subcommand: the options it understands, and how its values and operands become a `Command`. */
interface CommandSpec {
  readonly options: Readonly<Record<string, OptionSpec>>;
  /** Called with option values already checked against the specs (known, with valid choices). */
  build(values: OptionValues, operands: readonly string[]): Command;
}

/** Understood with every command, and without one. */
const GLOBAL_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
};

const LINT: CommandSpec = {
  options: {
    format: { type: 'string', short: 'f', choices: FORMATS },
    locale: { type: 'string', choices: LOCALES },
    'max-warnings': { type: 'string' },
    config: { type: 'string', short: 'c' },
    quiet: { type: 'boolean', short: 'q' },
  },
  build(values, patterns) {
    if (patterns.length === 0) throw new CliError(cliText('noFiles'));
    if (patterns.some((p) => p === '')) throw new CliError(cliText('emptyFileName'));
    const locale = stringValue(values, 'locale') as Locale | undefined;
    const maxWarnings = countValue(values, 'max-warnings');
    const config = fileNameValue(values, 'config');
    return {
      command: 'lint',
      format: (stringValue(values, 'format') ?? 'text') as Format,
      ...(locale !== undefined ? { locale } : {}),
      ...(maxWarnings !== undefined ? { maxWarnings } : {}),
      ...(config !== undefined ? { config } : {}),
      quiet: values.has('quiet'),
      patterns,
    };
  },
};

const RENDER: CommandSpec = {
  options: {
    format: { type: 'string', short: 'f', choices: RENDER_FORMATS },
    locale: { type: 'string', choices: LOCALES },
    config: { type: 'string', short: 'c' },
    output: { type: 'string', short: 'o' },
  },
  build(values, files) {
    const [file] = files;
    if (file === undefined) throw new CliError(cliText('noFileToRender'));
    if (files.length > 1) throw new CliError(cliText('oneFileToRender', { count: files.length }));
    if (file === '') throw new CliError(cliText('emptyFileName'));
    if (file === '-') throw new CliError(cliText('stdinUnsupported'));
    const locale = stringValue(values, 'locale') as Locale | undefined;
    const config = fileNameValue(values, 'config');
    const output = fileNameValue(values, 'output');
    return {
      command: 'render',
      format: (stringValue(values, 'format') ?? 'html') as RenderFormat,
      ...(locale !== undefined ? { locale } : {}),
      ...(config !== undefined ? { config } : {}),
      ...(output !== undefined ? { output } : {}),
      file,
    };
  },
};

/** The subcommands, in the order `--help` and messages list them. */
const COMMANDS: Readonly<Record<string, CommandSpec>> = { lint: LINT, render: RENDER };

/**
 * Every option any command knows, so that the arguments can be split into options and operands
 * before the command is known (options may come first: `--format json lint a`). Only the type and
 * the short spelling matter here; choices are checked per command, so two commands may give
 * `--format` different choices and one of them a `-f`. They must agree on its type.
 */
const ALL_OPTIONS: Readonly<Record<string, OptionSpec>> = [GLOBAL_OPTIONS, ...Object.values(COMMANDS).map((c) => c.options)].reduce<Record<string, OptionSpec>>(
  (all, options) => {
    for (const [name, spec] of Object.entries(options)) {
      const short = spec.short ?? all[name]?.short;
      all[name] = { type: spec.type, ...(short !== undefined ? { short } : {}) };
    }
    return all;
  },
  {},
);

interface OptionToken {
  readonly name: string;
  readonly rawName: string;
  readonly value: string | undefined;
}

/**
 * Parses the arguments after `node cli.js`. `node:util`'s `parseArgs` splits them (`--flag value`,
 * `--flag=value`, `-f value`, grouped short flags, `--` ending the options); the policy and the
 * messages are ours, so every mistake names exactly what was wrong. Throws `CliError` on any usage
 * mistake.
 *
 * - A repeated option keeps its last value.
 * - `--help` / `--version` win over a bad value or a missing command, wherever they appear (as in
 *   most CLIs); an unknown option or a missing value is still reported, since the argument list
 *   itself cannot be read then.
 * - `--` ends the options, so a file named `-x.smm.yaml` can still be linted.
 *
 * @example parseArgs(['lint', '--format', 'json', 'examples']) // { command: 'lint', format: 'json', patterns: ['examples'], quiet: false }
 */
export function parseArgs(argv: readonly string[]): Command {
  const { options, operands } = splitArgs(argv);
  const given = (name: string) => options.some((o) => o.name === name);
  if (given('help')) return { command: 'help' };
  if (given('version')) return { command: 'version' };

  const [name, ...rest] = operands;
  const commands = alternatives(Object.keys(COMMANDS));
  if (name === undefined) throw new CliError(cliText('noCommand', { commands }));
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) throw new CliError(cliText('unknownCommand', { command: name, commands }));

  const values = new Map<string, string | true>();
  for (const option of options) {
    const spec = Object.hasOwn(command.options, option.name) ? command.options[option.name] : undefined;
    if (!spec) throw new CliError(cliText('unknownOption', { option: option.rawName }));
    if (option.value !== undefined && spec.choices && !spec.choices.includes(option.value)) {
      throw new CliError(cliText('invalidChoice', { value: option.value, option: `--${option.name}`, choices: spec.choices.join(', ') }));
    }
    values.set(option.name, option.value ?? true);
  }
  return command.build(values, rest);
}

/** Options (known to some command, with their values checked for presence) and operands, in order. */
function splitArgs(argv: readonly string[]): { options: OptionToken[]; operands: string[] } {
  const options: OptionToken[] = [];
  const operands: string[] = [];
  for (const token of tokenize(argv)) {
    if (token.kind === 'positional') operands.push(token.value);
    if (token.kind !== 'option') continue;
    const spec = Object.hasOwn(ALL_OPTIONS, token.name) ? ALL_OPTIONS[token.name] : undefined;
    if (!spec) throw new CliError(cliText('unknownOption', { option: token.rawName }));
    if (spec.type === 'boolean') {
      if (token.value !== undefined) throw new CliError(cliText('optionTakesNoValue', { option: token.rawName }));
    } else if (token.value === undefined || (!token.inlineValue && looksLikeOption(token.value))) {
      // `--format --quiet` is a forgotten value, not a format named "--quiet".
      throw new CliError(cliText('optionNeedsValue', { option: token.rawName }));
    }
    options.push({ name: token.name, rawName: token.rawName, value: token.value });
  }
  return { options, operands };
}

/** strict: false hands unknown options and missing values back as tokens, to be named in our words. */
function tokenize(argv: readonly string[]) {
  return tokenizeArgs({ args: [...argv], options: ALL_OPTIONS, strict: false, allowPositionals: true, tokens: true }).tokens;
}

/** `-x` or `--x`, but not `-` (a name for stdin) or `-1` (a number, to be judged by the option). */
function looksLikeOption(value: string): boolean {
  return value.startsWith('-') && value !== '-' && !/^-\d/.test(value);
}

/**
 * The last valid `--locale` given, read leniently from arguments that may not parse: the language
 * in which to say that they do not.
 */
export function requestedLocale(argv: readonly string[]): Locale | undefined {
  let locale: Locale | undefined;
  for (const token of tokenize(argv)) {
    if (token.kind === 'option' && token.name === 'locale' && isLocale(token.value)) locale = token.value;
  }
  return locale;
}

function stringValue(values: OptionValues, name: string): string | undefined {
  const value = values.get(name);
  return typeof value === 'string' ? value : undefined;
}

/** A whole number of 0 or more. Digits only: Number('') is 0 and Number('1e3') is 1000, neither of which anyone means. */
function countValue(values: OptionValues, name: string): number | undefined {
  const text = stringValue(values, name);
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text.trim())) throw new CliError(cliText('invalidCount', { value: text, option: `--${name}` }));
  return Number(text.trim());
}

function fileNameValue(values: OptionValues, name: string): string | undefined {
  const text = stringValue(values, name);
  if (text === '') throw new CliError(cliText('optionNeedsFileName', { option: `--${name}` }));
  return text;
}
