import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CliError, describeIoError, errorCode } from './errors';
import { cliText } from './messages';
import { notAFile } from './readFile';

/**
 * Writes `text` to `target` so that nobody ever sees half a file: into a new temporary file
 * beside it (the same folder, so the same file system), flushed to the disk, then renamed over
 * the target, which is atomic. An existing target keeps its permissions, and must be writable; a
 * symbolic link is followed, so the file it points at is replaced and the link stays.
 *
 * Throws `CliError` (an I/O failure, quoting `shown`) when the target exists but is not a regular
 * file, since replacing a device or a pipe with a file is never what was meant, and when writing
 * fails; the temporary file is removed then.
 */
export function writeFileAtomically(target: string, shown: string, text: string): void {
  let temp: string | undefined;
  try {
    const real = realPath(target) ?? target;
    const existing = statIfExists(real);
    if (existing && !existing.isFile()) throw new CliError(cliText('cannotWrite', { path: shown, reason: notAFile(existing) }), 'io');
    if (existing) fs.accessSync(real, fs.constants.W_OK);

    const beside = path.join(path.dirname(real), `.${path.basename(real)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
    // 'wx' creates the file or fails: it never writes through a link someone placed at that name.
    const fd = fs.openSync(beside, 'wx');
    temp = beside;
    try {
      if (existing) fs.fchmodSync(fd, existing.mode & 0o7777);
      fs.writeFileSync(fd, text);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, real);
  } catch (error) {
    if (temp) fs.rmSync(temp, { force: true });
    throw error instanceof CliError ? error : new CliError(cliText('cannotWrite', { path: shown, reason: describeIoError(error) }), 'io');
  }
}

/** Whether `a` and `b` name the same existing file, whatever the path (links, `..`, hard links). */
export function sameFile(a: string, b: string): boolean {
  try {
    const x = fs.statSync(a);
    const y = fs.statSync(b);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

function realPath(file: string): string | undefined {
  try {
    return fs.realpathSync(file);
  } catch {
    return undefined;
  }
}

function statIfExists(file: string): fs.Stats | undefined {
  try {
    return fs.statSync(file);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return undefined;
    throw error;
  }
}
