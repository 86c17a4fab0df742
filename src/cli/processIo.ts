import type { Locale } from '../core/i18n/locale';
import { describeIoError, errorCode } from './errors';
import { cliText } from './messages';

/** What the CLI touches of its process; tests pass their own. */
export interface CliIo {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Whether stdout is a terminal (colors are for people, not for pipes). */
  readonly stdoutIsTty: boolean;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

/**
 * The running process as `CliIo`. A failed write to stdout (a full disk, a closed descriptor)
 * ends the run with exit 2 and one line on stderr: an output that did not arrive must not pass
 * for a clean run (0) or read as "problems found" (1), and a stack trace helps nobody. A pipe
 * closed by its reader (`smm-strategy lint … | head`) is no failure: the reader had enough, so
 * the run ends quietly with the exit code it has. A failed write to stderr can only end the run.
 */
export function processIo(locale: Locale): CliIo {
  const stop = (stream: 'stdout' | 'stderr') => (error: Error) => {
    if (errorCode(error) === 'EPIPE') process.exit(process.exitCode ?? 0);
    if (stream === 'stdout') process.stderr.write(`smm-strategy: ${cliText('writeFailed', { reason: describeIoError(error) })[locale]}\n`);
    process.exit(2);
  };
  process.stdout.on('error', stop('stdout'));
  process.stderr.on('error', stop('stderr'));
  return {
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTty: process.stdout.isTTY === true,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  };
}
