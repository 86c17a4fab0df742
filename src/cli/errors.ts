import type { Localized } from '../core/i18n/locale';
import { cliText, untranslated } from './messages';

/**
 * An expected failure of a CLI run: a bad flag, a missing file, an unreadable config. main() prints
 * each of its lines on stderr (never a stack trace) and exits with code 2, for usage and I/O
 * failures alike. Usually one line; a config file with several mistakes gets one line per mistake.
 */
export class CliError extends Error {
  readonly lines: readonly Localized[];

  /** Usage errors also print a pointer to `--help`; I/O errors do not, since the usage was fine. */
  constructor(
    text: Localized | readonly Localized[],
    readonly kind: 'usage' | 'io' = 'usage',
  ) {
    const lines = Array.isArray(text) ? (text as readonly Localized[]) : [text as Localized];
    super(lines.map((line) => line.en).join('\n'));
    this.name = 'CliError';
    this.lines = lines;
  }
}

/** A Node system error's code (`ENOENT`, `EACCES`), if `error` is one. */
export function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** A short reason for an fs failure, for messages like "Cannot read 'x': permission denied". */
export function describeIoError(error: unknown): Localized {
  switch (errorCode(error)) {
    case 'ENOENT':
      return cliText('reasonNoEntry');
    case 'EACCES':
    case 'EPERM':
      return cliText('reasonPermission');
    case 'EISDIR':
      return cliText('reasonIsDirectory');
    case 'ENOTDIR':
      return cliText('reasonNotDirectory');
    case 'ELOOP':
      return cliText('reasonLoop');
    case 'ENAMETOOLONG':
      return cliText('reasonNameTooLong');
    case 'ENOSPC':
      return cliText('reasonNoSpace');
    default:
      return untranslated(error instanceof Error ? error.message : String(error));
  }
}
