// Bundles the extension (Node and browser hosts), the preview's webview and the CLI. Type checking
// is separate (`npm run typecheck`): esbuild only strips types, which keeps builds fast.
import { build, context, transform } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tsImport } from 'tsx/esm/api';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

// The schema validator is generated code; make it before anything imports it.
execFileSync(process.execPath, ['--import', 'tsx', 'scripts/generate-validator.ts'], { stdio: 'inherit' });

const common = {
  bundle: true,
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  target: 'es2022',
  // Messages in Armenian and Russian stay as text, not \uXXXX escapes (six bytes for every letter).
  // Both hosts read the bundles as UTF-8.
  charset: 'utf8',
};

/** @type {import('esbuild').BuildOptions[]} */
const configs = [
  // VS Code desktop and code-server: a Node extension host.
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs', external: ['vscode'] },
  // vscode.dev and other web hosts: a web worker, no Node built-ins.
  {
    ...common, entryPoints: ['src/extension.web.ts'], outfile: 'dist/web/extension.js', platform: 'browser', format: 'cjs',
    external: ['vscode'], mainFields: ['browser', 'module', 'main'], define: { 'process.env.NODE_ENV': '"production"' },
  },
  // The checker thread, which lints large strategies off the host's thread (src/worker/): a Node
  // worker thread, and a web worker (a classic script: the web host starts it with importScripts).
  { ...common, entryPoints: ['src/worker/main.ts'], outfile: 'dist/checker.js', platform: 'node', format: 'cjs' },
  {
    ...common, entryPoints: ['src/worker/main.web.ts'], outfile: 'dist/web/checker.js', platform: 'browser', format: 'iife',
    mainFields: ['browser', 'module', 'main'], define: { 'process.env.NODE_ENV': '"production"' },
  },
  // The preview's page, in the webview's frame (src/webview/, its own tsconfig).
  { ...common, entryPoints: ['src/webview/main.ts'], outfile: 'dist/webview/preview.js', platform: 'browser', format: 'iife' },
  // The command-line linter for CI.
  {
    ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
  },
];

/**
 * The preview's stylesheet: the plan's layout from the core (the same text the export embeds),
 * then the webview's colours and extras. A file, not a <style>: the page's policy allows styles
 * only from the extension.
 */
async function writeWebviewCss() {
  const { PLAN_CSS } = await tsImport('./src/core/render/style.ts', import.meta.url);
  const css = `${PLAN_CSS}\n${readFileSync('src/webview/preview.css', 'utf8')}`;
  mkdirSync('dist/webview', { recursive: true });
  writeFileSync('dist/webview/preview.css', production ? (await transform(css, { loader: 'css', minify: true })).code : css);
}

await writeWebviewCss();
if (watch) {
  const contexts = await Promise.all(configs.map((c) => context(c)));
  await Promise.all(contexts.map((c) => c.watch()));
} else {
  await Promise.all(configs.map((c) => build(c)));
}
