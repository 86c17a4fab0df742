#!/usr/bin/env node
// Runs the integration suite in VS Code desktop with @vscode/test-electron — the standard route,
// for machines that can download VS Code (a developer laptop, GitHub-hosted CI).
//
//   npm run test:integration:electron [-- --vscode stable|min|<version>] [--grep <regexp>]
//
// --vscode min uses the lowest version engines.vscode allows (as rust-analyzer does: test the
// minimum and stable). VSCODE_EXECUTABLE=<path> uses an installed VS Code instead of downloading.
//
// NOT part of `npm test`: this project's machines cannot reach VS Code's download server
// (update.code.visualstudio.com), so here the same suite runs in code-server instead
// (run-integration.mjs). Downloads are cached in .cache/vscode-test/; all state stays in .state/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { parseArgs } from './lib/cli.mjs';
import { CACHE, EXTENSION_MAIN, INTEGRATION_TESTS, ROOT, requireFile } from './lib/paths.mjs';
import { CountParser, reportLayer, runLayer } from './lib/results.mjs';
import { prepareWorkspace, runDir } from './lib/workspaces.mjs';

const LAYER = 'integration-electron';
const USAGE = 'usage: node test/harness/run-integration-electron.mjs [--vscode stable|min|<x.y.z>] [--grep <regexp>]';

function vscodeVersion(argv) {
  const i = argv.indexOf('--vscode');
  const wanted = i >= 0 ? argv.splice(i, 2)[1] : process.env.VSCODE_VERSION || 'stable';
  if (wanted !== 'min') return wanted;
  // "^1.91.0" -> "1.91.0"
  const engine = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).engines.vscode;
  return engine.replace(/^[^\d]*/, '');
}

async function main() {
  const argv = process.argv.slice(2);
  const version = vscodeVersion(argv);
  const args = parseArgs(argv, USAGE);
  requireFile(EXTENSION_MAIN, 'run: npm run build');
  requireFile(INTEGRATION_TESTS, 'run: npm run build:tests');
  const dir = runDir(LAYER);
  const workspace = prepareWorkspace(dir);
  const state = join(dir, 'vscode');

  // The suite's console output arrives on our stdout; count it as it passes.
  const parser = new CountParser();
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = (chunk, ...rest) => {
    String(chunk).split('\n').forEach((line) => parser.feed(line));
    return write(chunk, ...rest);
  };

  let exitCode;
  try {
    exitCode = await runTests({
      version: process.env.VSCODE_EXECUTABLE ? undefined : version,
      vscodeExecutablePath: process.env.VSCODE_EXECUTABLE || undefined,
      cachePath: join(CACHE, 'vscode-test'),
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: INTEGRATION_TESTS,
      extensionTestsEnv: args.grep ? { SMM_TEST_GREP: args.grep } : {},
      launchArgs: [
        workspace,
        '--disable-extensions', // only the extension under development
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        `--user-data-dir=${join(state, 'user-data')}`,
        `--extensions-dir=${join(state, 'extensions')}`,
      ],
    });
  } catch (err) {
    const message = String(err?.message ?? err);
    if (/ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|getaddrinfo/.test(message)) {
      throw new Error(
        `cannot download VS Code ${version} (${message}).\n` +
          '  This machine cannot reach VS Code\'s download server. Either set VSCODE_EXECUTABLE to an installed\n' +
          '  VS Code (e.g. /usr/share/code/code), or run the same suite in code-server: npm run test:integration',
      );
    }
    // runTests rejects with "Test run failed with code 1" when run() rejected.
    exitCode = /code (\d+)/.exec(message)?.[1] ? Number(/code (\d+)/.exec(message)[1]) : 1;
    console.error(`[${LAYER}] ${message}`);
  }
  reportLayer(LAYER, parser.counts, exitCode);
  return exitCode === 0 ? 0 : 1;
}

runLayer(LAYER, main);
