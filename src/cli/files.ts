import * as fs from 'node:fs';
import * as path from 'node:path';
import { CliError, describeIoError, errorCode } from './errors';
import { cliText } from './messages';
// The CommonJS build, required as such: its ESM build imports fdir's, which calls
// createRequire(import.meta.url) on load, and import.meta is empty in our CommonJS bundle.
// eslint-disable-next-line @typescript-eslint/no-require-imports
import tinyglobby = require('tinyglobby');

const { globSync, isDynamicPattern } = tinyglobby;

/** A file to lint: where it is, and how to show it. */
export interface TargetFile {
  /** Absolute path, used for reading and de-duplication. */
  readonly absolute: string;
  /** Relative to the working directory with `/` separators when inside it, else absolute: what users see. */
  readonly display: string;
}

/** What a directory argument is searched for: the names the editor opens as strategies. */
const STRATEGY_FILES = '**/*.smm.{yaml,yml}';

/**
 * Turns the arguments of `lint` into the files to lint: files as given; directories searched
 * recursively for `*.smm.yaml` / `*.smm.yml`; globs (`*`, `?`, `**`, `{a,b}`, `[ab]`) matched
 * against files. Duplicates are dropped and the result is sorted by display path, so the output
 * is stable whatever order the shell or the file system produced.
 *
 * Throws `CliError` when an argument names nothing: a missing file, a directory without strategy
 * files, a glob without matches. Linting fewer files than asked would let CI pass silently.
 */
export function expandPatterns(patterns: readonly string[], cwd: string): TargetFile[] {
  const found = new Map<string, TargetFile>();
  const add = (absolute: string) => {
    if (!found.has(absolute)) found.set(absolute, { absolute, display: displayPath(absolute, cwd) });
  };
  for (const pattern of patterns) {
    if (pattern === '-') throw new CliError(cliText('stdinUnsupported'));
    // A file literally named `what?.smm.yaml` is that file, not a pattern (as in ESLint).
    if (isDynamicPattern(pattern) && !exists(path.resolve(cwd, pattern))) {
      const matches = expandGlob(pattern, cwd);
      if (matches.length === 0) throw new CliError(cliText('noMatches', { pattern }));
      matches.forEach(add);
      continue;
    }
    const absolute = path.resolve(cwd, pattern);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(absolute);
    } catch (error) {
      if (errorCode(error) === 'ENOENT' || errorCode(error) === 'ENOTDIR') throw new CliError(cliText('noSuchFile', { path: pattern }));
      throw new CliError(cliText('cannotAccess', { path: pattern, reason: describeIoError(error) }), 'io');
    }
    if (stat.isDirectory()) {
      const files = search(absolute, STRATEGY_FILES, pattern);
      if (files.length === 0) throw new CliError(cliText('noStrategyFiles', { path: pattern }));
      files.forEach(add);
    } else {
      // Named explicitly, so linted whatever it is; reading it refuses what is not a regular file.
      add(absolute);
    }
  }
  return [...found.values()].sort((a, b) => compare(a.display, b.display));
}

/**
 * The files a glob matches. The leading segments without wildcards are the base directory, taken
 * literally, so `.github/**` and `node_modules/pkg/*` work when asked for; below it the search
 * policy applies (see `search`).
 */
function expandGlob(pattern: string, cwd: string): string[] {
  // A backslash separates paths only on Windows; elsewhere it escapes a glob character.
  const segments = (path.sep === '\\' ? pattern.replace(/\\/g, '/') : pattern).split('/');
  const firstDynamic = segments.findIndex((segment) => isDynamicPattern(segment));
  const baseSegments = segments.slice(0, firstDynamic);
  const base = path.resolve(cwd, baseSegments.length === 0 ? '.' : baseSegments.join('/') || '/');
  const rest = segments.slice(firstDynamic).filter((s) => s !== '').join('/');
  try {
    if (!fs.statSync(base).isDirectory()) return [];
  } catch {
    return [];
  }
  return search(base, rest, displayPath(base, cwd));
}

/**
 * The files under `base` that `glob` matches, as absolute paths. Policy, as in a shell and in most
 * linters: wildcards do not match names starting with '.', so hidden files and folders (.git,
 * .vscode) are skipped unless named; node_modules is never entered; a linked file counts, a linked
 * directory is not entered, since links can form cycles or lead out of the project.
 */
function search(base: string, glob: string, shown: string): string[] {
  try {
    // The glob library skips folders it cannot read; the one the user named must not be skipped silently.
    fs.opendirSync(base).closeSync();
  } catch (error) {
    throw new CliError(cliText('cannotReadDirectory', { path: shown, reason: describeIoError(error) }), 'io');
  }
  const matches = globSync(glob, {
    cwd: base,
    absolute: true,
    dot: false,
    ignore: ['**/node_modules/**'],
    // A directory named in a glob means itself, not everything in it.
    expandDirectories: false,
    // Followed so that linked files are found; matches inside linked directories are dropped below.
    followSymbolicLinks: true,
  });
  return matches.map((file) => path.resolve(file)).filter((file) => !insideLinkedDirectory(base, file));
}

/** Whether a folder between `base` and `file` is a symbolic link. */
function insideLinkedDirectory(base: string, file: string): boolean {
  let dir = base;
  for (const segment of path.relative(base, path.dirname(file)).split(path.sep).filter(Boolean)) {
    dir = path.join(dir, segment);
    if (fs.lstatSync(dir).isSymbolicLink()) return true;
  }
  return false;
}

function exists(absolute: string): boolean {
  try {
    fs.statSync(absolute);
    return true;
  } catch {
    return false;
  }
}

/** `path` relative to `cwd` with `/` separators when it is inside `cwd`; else the absolute path. */
export function displayPath(absolute: string, cwd: string): string {
  const relative = path.relative(cwd, absolute);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return absolute;
  return relative.split(path.sep).join('/');
}

/** Plain code-unit order: the same on every machine, unlike `localeCompare`. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
