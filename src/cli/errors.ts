/**
 * An expected failure of a CLI run: a bad flag, a missing file, an unreadable config. main() prints
 * its message as one line on stderr (never a stack trace) and exits with code 2, as the contract in
 * issue 2 asks for usage and I/O failures alike.
 */
export class CliError extends Error {
  /** Usage errors also print a pointer to `--help`; I/O errors do not, since the usage was fine. */
  constructor(message: string, readonly kind: 'usage' | 'io' = 'usage') {
    super(message);
    this.name = 'CliError';
  }
}

/** A Node system error's code (`ENOENT`, `EACCES`), if `error` is one. */
export function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** A short reason for an fs failure, for messages like "Cannot read 'x': permission denied". */
export function describeIoError(error: unknown): string {
  switch (errorCode(error)) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'not a directory';
    case 'ELOOP':
      return 'too many symbolic links';
    case 'ENAMETOOLONG':
      return 'file name too long';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
