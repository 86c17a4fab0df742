// Entry point of the integration suite in a Node extension host (code-server's, or VS Code
// desktop's under @vscode/test-electron). The host loads this module, found through the
// `extensionTestsPath` launch option, and awaits `run()`: resolve = all passed, reject = failed.
//
// scripts/build-tests.mjs bundles this file to dist/test/integration/index.js and every
// test/integration/**/*.test.ts to dist/test/integration/**/*.test.js beside it; run() discovers
// those bundles, so a new test file needs no registration here.
//
// Environment (inherited by the extension host from code-server / VS Code):
//   SMM_TEST_GREP  only run tests whose full title matches this regular expression
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';
import { settle } from './support/report';

function findTestBundles(dir: string): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      found.push(...findTestBundles(full));
    } else if (entry.name.endsWith('.test.js')) {
      found.push(full);
    }
  }
  return found.sort();
}

export function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'tdd',
    reporter: 'spec',
    // The log lines are relayed into a terminal or a CI log, where escape codes are noise.
    color: false,
    // Generous: the first test also pays for activation on a 2-core CI machine.
    timeout: 30_000,
    slow: 2_000,
  });
  const grep = process.env.SMM_TEST_GREP;
  if (grep) {
    mocha.grep(new RegExp(grep));
  }
  for (const file of findTestBundles(__dirname)) {
    mocha.addFile(file);
  }
  return new Promise<void>((resolve, reject) => {
    try {
      settle(mocha.run()).then(resolve, reject);
    } catch (err) {
      // e.g. a test file that throws while loading
      reject(err instanceof Error ? err : new Error(String(err)));
    }
  });
}
