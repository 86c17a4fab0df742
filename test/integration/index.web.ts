// Entry point of the integration suite in the web worker extension host (@vscode/test-web,
// vscode.dev). There is no file system and no Node here, so scripts/build-tests.mjs bundles
// everything into one file, dist/test/web/index.js:
//   - mocha's browser build (`mocha/mocha`, which defines the global `mocha`),
//   - the virtual module 'smm:integration-tests', which build-tests.mjs generates to `require` every
//     test/integration/**/*.test.ts (so test files are registered without being listed here),
//   - `assert` aliased to ./support/assert (node:assert does not exist in a worker).
import type { Runner } from 'mocha';
import 'mocha/mocha';
import { settle } from './support/report';

declare const mocha: BrowserMocha;
interface BrowserMocha {
  setup(options: { ui: string; reporter?: string; color?: boolean; timeout?: number; slow?: number }): void;
  run(): Runner;
}

export async function run(): Promise<void> {
  // 'spec' writes through console.log, which the host forwards to the runner.
  mocha.setup({ ui: 'tdd', reporter: 'spec', color: false, timeout: 30_000, slow: 2_000 });
  // Loaded only now: mocha.setup() defines the suite()/test() globals the test files call.
  // (esbuild turns this import of a bundled module into a lazy in-bundle call, no fetch.)
  await import('smm:integration-tests');
  return settle(mocha.run());
}
