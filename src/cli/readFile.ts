import * as fs from 'node:fs';
import type { Localized } from '../core/i18n/locale';
import { CliError, describeIoError } from './errors';
import { cliText } from './messages';

/**
 * Files larger than this are refused. Hand-written strategies are a few hundred KB at most; the
 * cap keeps a mistaken argument (a log, a database dump) from costing minutes and gigabytes.
 */
export const MAX_FILE_MB = 5;
export const MAX_FILE_BYTES = MAX_FILE_MB * 1024 * 1024;

/**
 * Decodes file bytes the way VS Code opens them, so problem positions agree with the editor:
 * - invalid UTF-8 becomes U+FFFD (the core turns that into a `syntax` warning at the spot)
 *   rather than failing the whole run;
 * - a leading byte order mark is dropped: VS Code keeps it out of the document text, so the
 *   first key of a BOM file is at column 1 there. (Were it kept, the core would count it as a
 *   character and every column of line 1 would be one too far right.)
 * - CRLF is kept: the core's line index treats `\r\n` as one break, as VS Code does.
 */
export function decodeText(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: false, ignoreBOM: false }).decode(bytes);
}

/** A regular file's text (see `readRegularFile` and `decodeText`). */
export function readTextFile(file: string, shown: string, failure: ReadFailureMessage = 'cannotRead'): string {
  return decodeText(readRegularFile(file, shown, failure));
}

/** How a failure to read is worded: as a file to lint, or as the config file. */
type ReadFailureMessage = 'cannotRead' | 'cannotReadConfig';

/**
 * The bytes of a regular file, for a strategy or a config. Anything else named as a file is a
 * `CliError` with a one-line reason, never a hang or a crash: reading a FIFO waits for a writer
 * forever, `/dev/zero` never ends, a socket cannot be opened, a directory is not text.
 *
 * The kind is checked by `stat` before opening (so a FIFO is never opened) and again on the open
 * descriptor, opened non-blocking, in case the path was swapped in between. At most the size seen
 * then is read, so a file that keeps growing cannot grow the read.
 */
export function readRegularFile(file: string, shown: string, failure: ReadFailureMessage = 'cannotRead', maxBytes = MAX_FILE_BYTES): Uint8Array {
  const fail = (reason: Localized) => new CliError(cliText(failure, { path: shown, reason }), 'io');
  let fd: number;
  try {
    checkRegular(fs.statSync(file), shown, maxBytes, fail);
    // O_NONBLOCK: should the path have become a FIFO since the stat, opening it must not wait.
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw error instanceof CliError ? error : fail(describeIoError(error));
  }
  try {
    const stat = fs.fstatSync(fd);
    checkRegular(stat, shown, maxBytes, fail);
    const bytes = new Uint8Array(stat.size);
    let read = 0;
    while (read < bytes.length) {
      const n = fs.readSync(fd, bytes, read, bytes.length - read, null);
      if (n === 0) break; // the file shrank since the stat
      read += n;
    }
    return read === bytes.length ? bytes : bytes.subarray(0, read);
  } catch (error) {
    throw error instanceof CliError ? error : fail(describeIoError(error));
  } finally {
    fs.closeSync(fd);
  }
}

function checkRegular(stat: fs.Stats, shown: string, maxBytes: number, fail: (reason: Localized) => CliError): void {
  if (!stat.isFile()) throw fail(notAFile(stat));
  if (stat.size > maxBytes) throw new CliError(cliText('tooLarge', { path: shown, size: megabytes(stat.size), limit: megabytes(maxBytes) }), 'io');
}

/** Rounded up to a tenth, so a file just over the limit never reads as equal to it. */
function megabytes(bytes: number): number {
  return Math.ceil((bytes / (1024 * 1024)) * 10) / 10;
}

/** Why something named as a file is not one, for a message such as "Cannot read 'x': it is a pipe". */
export function notAFile(stat: fs.Stats): Localized {
  if (stat.isDirectory()) return cliText('reasonIsDirectory');
  if (stat.isFIFO()) return cliText('reasonPipe');
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return cliText('reasonDevice');
  if (stat.isSocket()) return cliText('reasonSocket');
  return cliText('reasonNotRegularFile');
}
