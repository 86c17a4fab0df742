import * as fs from 'node:fs';
import * as path from 'node:path';
import { CliError, describeIoError, errorCode } from './errors';
import { cliText } from './messages';

/** A file to lint: where it is, and how to show it. */
export interface TargetFile {
  /** Absolute path, used for reading and de-duplication. */
  readonly absolute: string;
  /** Relative to the working directory with `/` separators when inside it, else absolute: what users see. */
  readonly display: string;
}

/** The file system calls expansion needs; tests may pass a fake. */
export interface FileSystem {
  statSync(p: string): fs.Stats;
  readdirSync(p: string, options: { withFileTypes: true }): fs.Dirent[];
}

/** Names a directory search picks up. */
export function isStrategyFileName(name: string): boolean {
  return name.endsWith('.smm.yaml') || name.endsWith('.smm.yml');
}

/** Directories never entered by a search: dependencies and hidden folders (.git, .vscode, …). */
export function isSkippedDirectory(name: string): boolean {
  return name === 'node_modules' || name.startsWith('.');
}

export function hasGlobSyntax(pattern: string): boolean {
  return /[*?]/.test(pattern);
}

/**
 * Turns the arguments of `lint` into the files to lint: files as given; directories searched
 * recursively for `*.smm.yaml` / `*.smm.yml`; globs with `*`, `?` and `**` matched against files.
 * Duplicates are dropped and the result is sorted by display path, so the output is stable
 * whatever order the shell or the file system produced.
 *
 * Throws `CliError` when an argument names nothing: a missing file, a directory without strategy
 * files, a glob without matches. Linting fewer files than asked would let CI pass silently.
 */
export function expandPatterns(patterns: readonly string[], cwd: string, fileSystem: FileSystem = fs): TargetFile[] {
  const found = new Map<string, TargetFile>();
  const add = (absolute: string) => {
    if (!found.has(absolute)) found.set(absolute, { absolute, display: displayPath(absolute, cwd) });
  };
  for (const pattern of patterns) {
    if (pattern === '-') throw new CliError(cliText('stdinUnsupported'));
    // A file literally named `what?.smm.yaml` is that file, not a pattern (as in ESLint).
    if (hasGlobSyntax(pattern) && !exists(path.resolve(cwd, pattern), fileSystem)) {
      const matches = expandGlob(pattern, cwd, fileSystem);
      if (matches.length === 0) throw new CliError(cliText('noMatches', { pattern }));
      matches.forEach(add);
      continue;
    }
    const absolute = path.resolve(cwd, pattern);
    let stat: fs.Stats;
    try {
      stat = fileSystem.statSync(absolute);
    } catch (error) {
      if (errorCode(error) === 'ENOENT' || errorCode(error) === 'ENOTDIR') throw new CliError(cliText('noSuchFile', { path: pattern }));
      throw new CliError(cliText('cannotAccess', { path: pattern, reason: describeIoError(error) }), 'io');
    }
    if (stat.isDirectory()) {
      const files: string[] = [];
      walk(absolute, fileSystem, Infinity, (file) => {
        if (isStrategyFileName(path.basename(file))) files.push(file);
      });
      if (files.length === 0) throw new CliError(cliText('noStrategyFiles', { path: pattern }));
      files.forEach(add);
    } else {
      add(absolute);
    }
  }
  return [...found.values()].sort((a, b) => compare(a.display, b.display));
}

/**
 * The files a glob matches. The leading segments without wildcards are the base directory (taken
 * literally, so `.github/**` works); below it, hidden directories and node_modules are not entered,
 * and `*`/`?` do not match a leading `.`, as in a shell.
 */
export function expandGlob(pattern: string, cwd: string, fileSystem: FileSystem = fs): string[] {
  // A backslash separates paths only on Windows; elsewhere it is an ordinary file-name character.
  const normalized = path.sep === '\\' ? pattern.replace(/\\/g, '/') : pattern;
  const segments = normalized.split('/');
  const firstGlob = segments.findIndex(hasGlobSyntax);
  const baseSegments = segments.slice(0, firstGlob);
  const rest = segments.slice(firstGlob).filter((s) => s !== '');
  const base = path.resolve(cwd, baseSegments.length === 0 ? '.' : baseSegments.join('/') || '/');
  const matcher = globToRegExp(rest.join('/'));
  // Without `**` a match is exactly as deep as the pattern, so deeper folders need not be read.
  const maxDepth = rest.includes('**') ? Infinity : rest.length;
  let baseStat: fs.Stats;
  try {
    baseStat = fileSystem.statSync(base);
  } catch {
    return [];
  }
  if (!baseStat.isDirectory()) return [];
  const matches: string[] = [];
  walk(base, fileSystem, maxDepth, (file) => {
    const relative = path.relative(base, file).split(path.sep).join('/');
    if (matcher.test(relative)) matches.push(file);
  });
  return matches;
}

/**
 * A regular expression for a glob over `/`-separated relative paths: `**` as a whole segment
 * matches zero or more segments, `*` any run of characters within a segment, `?` one character.
 * Everything else is literal. `*` and `?` do not match a segment's leading `.`.
 * @example globToRegExp('**\/*.smm.yaml').test('a/b/x.smm.yaml') // true
 */
export function globToRegExp(glob: string): RegExp {
  const segments = glob.split('/');
  let source = '';
  segments.forEach((segment, i) => {
    const last = i === segments.length - 1;
    if (segment === '**') {
      // Zero or more whole segments, none of them hidden; a trailing `**` matches any file below.
      source += last ? '(?:(?!\\.)[^/]*(?:/(?!\\.)[^/]*)*)' : '(?:(?!\\.)[^/]*/)*';
      return;
    }
    let part = '';
    for (const [j, c] of [...segment].entries()) {
      if (c === '*') part += j === 0 ? '(?!\\.)[^/]*' : '[^/]*';
      else if (c === '?') part += j === 0 ? '[^/.]' : '[^/]';
      else part += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    source += part + (last ? '' : '/');
  });
  return new RegExp(`^${source}$`, 'u');
}

/** Calls `visit` with every file under `dir`, at most `maxDepth` levels down (1 = only `dir`'s own files). */
function walk(dir: string, fileSystem: FileSystem, maxDepth: number, visit: (file: string) => void, depth = 1): void {
  let entries: fs.Dirent[];
  try {
    entries = fileSystem.readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    throw new CliError(cliText('cannotReadDirectory', { path: dir, reason: describeIoError(error) }), 'io');
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    let isDirectory = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      // A linked file is linted; a linked directory is not entered, since links can form cycles.
      try {
        isFile = fileSystem.statSync(full).isFile();
      } catch {
        isFile = false; // a dangling link is not a file the user asked for
      }
      isDirectory = false;
    }
    if (isDirectory) {
      if (depth < maxDepth && !isSkippedDirectory(entry.name)) walk(full, fileSystem, maxDepth, visit, depth + 1);
    } else if (isFile) {
      visit(full);
    }
  }
}

function exists(absolute: string, fileSystem: FileSystem): boolean {
  try {
    fileSystem.statSync(absolute);
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
