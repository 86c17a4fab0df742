#!/usr/bin/env node
// Usage: node scripts/lib/lockfile-satisfied.mjs <dir>
//
// Exits 0 when <dir>/node_modules holds every package of <dir>/package-lock.json at its locked
// version, 1 otherwise (and says what is missing). scripts/setup.sh uses it to decide whether
// `npm ci` must run: `npm ci` always deletes node_modules first, so running it unconditionally
// would cost a full reinstall on every setup, and a stamp file would miss hand-made changes.
// Reading ~400 package.json files takes a few tens of milliseconds.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const dir = resolve(process.argv[2] ?? '.');
const lockPath = join(dir, 'package-lock.json');
if (!existsSync(lockPath)) {
  console.error(`lockfile-satisfied: no ${lockPath}`);
  process.exit(1);
}
const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
const problems = [];
for (const [path, entry] of Object.entries(lock.packages ?? {})) {
  // "" is the project itself; links point into the workspace, not into node_modules.
  if (path === '' || entry.link) continue;
  const manifest = join(dir, path, 'package.json');
  if (!existsSync(manifest)) {
    // Optional packages for other platforms (e.g. @esbuild/darwin-arm64) are never installed here.
    if (!entry.optional) problems.push(`missing ${path}`);
    continue;
  }
  const { version } = JSON.parse(readFileSync(manifest, 'utf8'));
  if (entry.version && version !== entry.version) {
    problems.push(`${path}: installed ${version}, locked ${entry.version}`);
  }
}
if (problems.length > 0) {
  console.error(`lockfile-satisfied: ${dir}: ${problems.length} difference(s), e.g. ${problems.slice(0, 3).join('; ')}`);
  process.exit(1);
}
