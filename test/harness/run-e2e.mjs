#!/usr/bin/env node
// Runs the workbench end-to-end tests (test/e2e/**/*.test.ts) against the packaged extension.
//
//   npm run test:e2e [-- --grep <regexp>]
//
//   1. install dist/smm-strategy.vsix into a fresh, isolated code-server (.state/e2e-<pid>/cs/): the
//      artifact users get, not the development folder;
//   2. copy examples/ to .state/e2e-<pid>/examples/ (tests type into files);
//   3. run the specs with mocha in this process (TypeScript through tsx); each suite drives its
//      own chromium through test/e2e/support/workbench.ts; screenshots go to
//      artifacts/screenshots/e2e/<suite>/.
//
// Prerequisites: bash scripts/setup.sh; npm run package (the npm script does it).
// Environment: CS_PORT (default: a free port), HEADFUL=1 (needs a display), VERBOSE=1.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';
import { register } from 'tsx/cjs/api';
import { parseArgs } from './lib/cli.mjs';
import { startCodeServer } from './lib/codeServer.mjs';
import { keepLogs } from './lib/logs.mjs';
import { ROOT, SCREENSHOTS, VSIX, requireFile } from './lib/paths.mjs';
import { reportLayer, runLayer } from './lib/results.mjs';
import { since } from './lib/util.mjs';
import { prepareWorkspace, runDir } from './lib/workspaces.mjs';

const LAYER = 'e2e';
const USAGE = 'usage: node test/harness/run-e2e.mjs [--grep <regexp>]';

function findSpecs(dir) {
  const found = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'support') found.push(...findSpecs(full));
    } else if (entry.name.endsWith('.test.ts')) {
      found.push(full);
    }
  }
  return found.sort();
}

async function main() {
  const t0 = Date.now();
  const args = parseArgs(process.argv.slice(2), USAGE);
  requireFile(VSIX, 'run: npm run package');
  const specs = findSpecs(join(ROOT, 'test/e2e'));
  if (specs.length === 0) throw new Error('no test/e2e/**/*.test.ts');

  const dir = runDir(LAYER);
  const workspace = prepareWorkspace(dir);
  const server = await startCodeServer({ runDir: dir, vsix: VSIX });
  Object.assign(process.env, {
    SMM_E2E_URL: server.url,
    SMM_E2E_WORKSPACE: workspace,
    SMM_E2E_ARTIFACTS: join(SCREENSHOTS, 'e2e'),
    SMM_E2E_STATE: dir, // browser profiles: removed with the run's folder
  });

  // The specs are TypeScript; tsx compiles them as mocha require()s them.
  register();
  const mocha = new Mocha({ ui: 'tdd', reporter: 'spec', timeout: 180_000, slow: 15_000 });
  if (args.grep) mocha.grep(new RegExp(args.grep));
  for (const spec of specs) mocha.addFile(spec);

  const counts = { passed: 0, failed: 0, pending: 0 };
  const failures = await new Promise((resolve) => {
    const runner = mocha.run(resolve);
    runner.on('pass', () => counts.passed++);
    runner.on('fail', () => counts.failed++);
    runner.on('pending', () => counts.pending++);
  });
  const exitCode = failures > 0 || counts.passed === 0 ? 1 : 0;
  if (exitCode !== 0) keepLogs(LAYER, server);
  server.stop();
  console.log(`[${LAYER}] screenshots: ${join(SCREENSHOTS, 'e2e')} — ${since(t0)}`);
  reportLayer(LAYER, counts, exitCode);
  return exitCode;
}

runLayer(LAYER, main);
