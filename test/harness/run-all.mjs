#!/usr/bin/env node
// Runs every test layer, in order of cost, and totals them:
//
//   npm test                (setup, then this)
//   node test/harness/run-all.mjs [--only unit,e2e]
//
//   unit         npm run test:fast: type check + lint + build + mocha unit/schema/cli tests (no VS Code)
//   build        the test bundles and the .vsix the next layers use
//   integration  the mocha suite in code-server's real Node extension host
//   restricted   its workspace trust suite again, with the workspace in Restricted Mode
//   web          the same suite in VS Code for the Web's worker extension host
//   e2e          the workbench driven in chromium, with the packaged .vsix installed
//
// Every layer runs even when an earlier one failed (one run shows everything that is broken);
// the exit code is non-zero if any failed. The last line is the plain total
// "tests: N passed, N failed" that CI logs are read for.
// Prerequisite: bash scripts/setup.sh (npm test runs it first).
import { join } from 'node:path';
import { ROOT } from './lib/paths.mjs';
import { CountParser, formatCounts } from './lib/results.mjs';
import { run, since } from './lib/util.mjs';

const npm = (script) => ['npm', ['run', '-s', script]];
const node = (file, ...args) => ['node', [join(ROOT, file), ...args]];

/** name, commands run in sequence (stop at the first failing one), and whether it counts tests. */
const LAYERS = [
  { name: 'unit', steps: [npm('test:fast')], counts: true },
  { name: 'build', steps: [npm('build:tests'), npm('package')], counts: false },
  { name: 'integration', steps: [node('test/harness/run-integration.mjs')], counts: true },
  { name: 'restricted', steps: [node('test/harness/run-integration.mjs', '--restricted', '--grep', 'Workspace trust')], counts: true },
  { name: 'web', steps: [node('test/harness/run-web.mjs')], counts: true },
  { name: 'e2e', steps: [node('test/harness/run-e2e.mjs')], counts: true },
];

function selectedLayers(argv) {
  const i = argv.indexOf('--only');
  if (i < 0) return LAYERS;
  const names = (argv[i + 1] ?? '').split(',');
  const unknown = names.filter((n) => !LAYERS.some((l) => l.name === n));
  if (unknown.length) {
    console.error(`unknown layer(s): ${unknown.join(', ')}; layers: ${LAYERS.map((l) => l.name).join(', ')}`);
    process.exit(2);
  }
  return LAYERS.filter((l) => names.includes(l.name));
}

const t0 = Date.now();
const results = [];
for (const layer of selectedLayers(process.argv.slice(2))) {
  const started = Date.now();
  console.log(`\n======== ${layer.name} ========`);
  const parser = new CountParser();
  let exitCode = 0;
  for (const [command, args] of layer.steps) {
    console.log(`$ ${command} ${args.map((a) => a.replace(ROOT + '/', '')).join(' ')}`);
    exitCode = await run(command, args, { cwd: ROOT, onLine: (line) => parser.feed(line) });
    if (exitCode !== 0) break;
  }
  let counts = layer.counts ? parser.counts : undefined;
  // Failed before counting (type error, lint, crash): count it as one failure, never as green.
  if (layer.counts && exitCode !== 0 && (!counts || counts.failed === 0)) {
    counts = { passed: counts?.passed ?? 0, failed: 1, pending: counts?.pending ?? 0 };
  }
  results.push({ name: layer.name, exitCode, counts, seconds: since(started) });
}

console.log('\n======== summary ========');
const total = { passed: 0, failed: 0, pending: 0 };
for (const r of results) {
  const status = r.exitCode === 0 ? 'PASS' : 'FAIL';
  console.log(`${status}  ${r.name.padEnd(12)} ${r.seconds.padStart(7)}  ${r.counts ? formatCounts(r.name, r.counts).replace(/^[\w-]+: /, '') : ''}`);
  if (r.counts) {
    total.passed += r.counts.passed;
    total.failed += r.counts.failed;
    total.pending += r.counts.pending;
  } else if (r.exitCode !== 0) {
    total.failed += 1; // a failed build step is a failure too
  }
}
const failed = results.filter((r) => r.exitCode !== 0).map((r) => r.name);
console.log(failed.length ? `failed layers: ${failed.join(', ')} (${since(t0)})` : `all layers passed (${since(t0)})`);
console.log(formatCounts('tests', total));
process.exit(failed.length ? 1 : 0);
