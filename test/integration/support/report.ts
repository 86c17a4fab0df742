// How a test run's outcome leaves the extension host.
//
// mocha's own reporter output reaches the runner as log lines (code-server and @vscode/test-web
// forward the extension host's console through window.codeAutomationLog; @vscode/test-electron
// prints it to stdout), and the pass/fail verdict as the exit code (window.codeAutomationExit).
// The counts are printed once more as one machine-readable line, RESULT_MARKER + JSON, which
// test/harness/lib/results.mjs parses so `npm run test:all` can total the tests of every layer.
// Keep the marker in sync with that file.
import type * as Mocha from 'mocha';

export const RESULT_MARKER = '[smm-test-result]';

export interface RunCounts {
  passed: number;
  failed: number;
  pending: number;
}

/** Settles when `runner` ends: resolves if every test passed, rejects with the failure count. */
export function settle(runner: Mocha.Runner): Promise<void> {
  return new Promise((resolve, reject) => {
    const counts: RunCounts = { passed: 0, failed: 0, pending: 0 };
    runner.on('pass', () => counts.passed++);
    runner.on('fail', () => counts.failed++);
    runner.on('pending', () => counts.pending++);
    runner.once('end', () => {
      console.log(`${RESULT_MARKER} ${JSON.stringify(counts)}`);
      if (counts.failed > 0) {
        reject(new Error(`${counts.failed} test(s) failed.`));
      } else if (counts.passed === 0) {
        // An empty run is a broken run (wrong bundle, grep matching nothing), not a green one.
        reject(new Error('No test ran.'));
      } else {
        resolve();
      }
    });
  });
}
