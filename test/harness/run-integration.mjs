#!/usr/bin/env node
// Runs the integration suite (test/integration/) inside code-server's real Node extension host.
//
//   npm run test:integration [-- --grep <regexp>]
//   npm run test:restricted        the same in Restricted Mode: the workspace is not trusted
//
// This is what @vscode/test-electron does with VS Code desktop, done with code-server because
// VS Code desktop cannot be downloaded here (REPORT.md section 4a):
//   1. start an isolated code-server with no extensions installed (or use CS_URL),
//   2. open a copy of examples/ in Debian's chromium with the launch payload
//        extensionDevelopmentPath = this repository   (the extension is loaded from dist/)
//        extensionTestsPath       = dist/test/integration/index.js   (its run() runs mocha)
//   3. stream the extension host's output and exit with the code the workbench reports.
//
// Prerequisites: bash scripts/setup.sh; npm run build; npm run build:tests (the npm script does both).
// Environment:
//   CS_URL                reuse a running code-server on this machine (e.g. `npm start`'s)
//   SMM_TEST_TIMEOUT_MS   ceiling for the whole run (default 300000)
//   SMM_TEST_WORKSPACE    open this folder instead of a fresh copy of examples/
//   VERBOSE=1             show all workbench log lines and the browser console
import { launchChromium } from './lib/browser.mjs';
import { parseArgs } from './lib/cli.mjs';
import { remoteUri, startCodeServer, workbenchUrl } from './lib/codeServer.mjs';
import { keepLogs } from './lib/logs.mjs';
import { EXTENSION_MAIN, INTEGRATION_TESTS, ROOT, requireFile } from './lib/paths.mjs';
import { runSuiteInPage } from './lib/automation.mjs';
import { reportLayer, runLayer } from './lib/results.mjs';
import { prepareWorkspace, runDir } from './lib/workspaces.mjs';

const USAGE = `usage: node test/harness/run-integration.mjs [--restricted] [--grep <regexp>]`;
const args = parseArgs(process.argv.slice(2), USAGE, ['restricted']);
const LAYER = args.restricted ? 'restricted' : 'integration';

async function main() {
  requireFile(EXTENSION_MAIN, 'run: npm run build');
  requireFile(INTEGRATION_TESTS, 'run: npm run build:tests');
  const dir = runDir(LAYER);
  const workspace = process.env.SMM_TEST_WORKSPACE || prepareWorkspace(dir);

  let server;
  let baseUrl = process.env.CS_URL?.replace(/\/$/, '');
  if (baseUrl) {
    if (args.grep) console.warn(`[${LAYER}] --grep is ignored with CS_URL (it reaches the extension host through code-server's environment)`);
    if (args.restricted) console.warn(`[${LAYER}] --restricted is ignored with CS_URL (the server decides about workspace trust)`);
  } else {
    const env = { ...(args.grep ? { SMM_TEST_GREP: args.grep } : {}), ...(args.restricted ? { SMM_TEST_RESTRICTED: '1' } : {}) };
    server = await startCodeServer({ runDir: dir, env, restricted: args.restricted });
    baseUrl = server.url;
  }
  // code-server names the server's file system after the page's host: vscode-remote://<host:port>/...
  const authority = new URL(baseUrl).host;
  const url = workbenchUrl(baseUrl, workspace, [
    ['extensionDevelopmentPath', remoteUri(authority, ROOT)],
    ['extensionTestsPath', remoteUri(authority, INTEGRATION_TESTS)],
  ]);

  const browser = await launchChromium({ name: LAYER });
  let outcome;
  try {
    outcome = await runSuiteInPage(browser.page, url, {
      label: LAYER,
      timeoutMs: Number(process.env.SMM_TEST_TIMEOUT_MS || 300_000),
    });
  } finally {
    await browser.close();
  }
  if (outcome.exitCode !== 0) keepLogs(LAYER, server);
  server?.stop();
  reportLayer(LAYER, outcome.counts, outcome.exitCode);
  return outcome.exitCode === 0 ? 0 : 1;
}

runLayer(LAYER, main);
