// scripts/build-tests.mjs — bundle the integration suite for the two kinds of extension host.
//
//   node scripts/build-tests.mjs        (npm run build:tests)
//
// 1. Node host (code-server, VS Code desktop via @vscode/test-electron):
//      test/integration/index.ts        -> dist/test/integration/index.js   (exports run())
//      test/integration/**/*.test.ts    -> dist/test/integration/**/*.test.js
//    CommonJS, `vscode` external (the host provides it), `mocha` external (resolved from the
//    repository's node_modules at run time: bundling mocha's Node build breaks its dynamic requires).
// 2. Web worker host (@vscode/test-web, vscode.dev):
//      test/integration/index.web.ts    -> dist/test/web/index.js           (exports run())
//    One self-contained bundle: mocha's browser build, every test file through the generated
//    virtual module 'smm:integration-tests', and `assert` aliased to a browser-safe stand-in.
//
// The extension itself is built by esbuild.mjs (npm run build); these bundles are never packaged
// (.vscodeignore keeps dist/test/ out of the .vsix).
import { build } from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const srcDir = join(root, 'test/integration');
const outNode = join(root, 'dist/test/integration');
const outWeb = join(root, 'dist/test/web');

/** All test/integration/**\/*.test.ts, sorted, as absolute paths (support/ holds no tests). */
function findTests(dir) {
  const found = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'support') found.push(...findTests(full));
    } else if (entry.name.endsWith('.test.ts')) {
      found.push(full);
    }
  }
  return found.sort();
}

const tests = findTests(srcDir);
if (tests.length === 0) {
  console.error(`build-tests: no *.test.ts under ${relative(root, srcDir)}`);
  process.exit(1);
}

/** Resolves 'smm:integration-tests' to a module that requires every test file (web bundle). */
const integrationTestsPlugin = {
  name: 'smm-integration-tests',
  setup(b) {
    b.onResolve({ filter: /^smm:integration-tests$/ }, () => ({ path: 'integration-tests', namespace: 'smm' }));
    b.onLoad({ filter: /.*/, namespace: 'smm' }, () => ({
      contents: tests.map((t) => `require(${JSON.stringify(t)});`).join('\n'),
      resolveDir: srcDir,
      loader: 'js',
    }));
  },
};

const common = {
  bundle: true,
  sourcemap: 'linked',
  logLevel: 'warning',
  // Readable stack traces in test failures.
  minify: false,
  keepNames: true,
};

// Start clean so a deleted test file does not live on as a stale bundle that run() would discover.
rmSync(outNode, { recursive: true, force: true });
rmSync(outWeb, { recursive: true, force: true });

const started = Date.now();
await Promise.all([
  build({
    ...common,
    entryPoints: [join(srcDir, 'index.ts'), ...tests],
    outbase: srcDir,
    outdir: outNode,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode', 'mocha'],
  }),
  build({
    ...common,
    entryPoints: [join(srcDir, 'index.web.ts')],
    outfile: join(outWeb, 'index.js'),
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
    alias: {
      assert: join(srcDir, 'support/assert.ts'),
      'node:assert': join(srcDir, 'support/assert.ts'),
      'assert/strict': join(srcDir, 'support/assert.ts'),
    },
    plugins: [integrationTestsPlugin],
  }),
]);
console.log(
  `build-tests: ${tests.length} test file(s) -> ${relative(root, outNode)}/ (node) + ${relative(root, outWeb)}/index.js (web) in ${Date.now() - started} ms`,
);
