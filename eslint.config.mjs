// Module boundaries are enforced here, not in review: the core and the CLI never import `vscode`
// (the core also runs in the CLI and in a browser), and the core uses no Node built-ins and no
// Node or browser globals. Folder globs catch an import at any depth (`../../host/x`,
// `./../host`), and the list of built-ins is Node's own, not a hand-kept one.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = [...builtinModules, 'node:*'];
const ADAPTERS = ['**/host', '**/host/**', '**/cli', '**/cli/**', '**/webview', '**/webview/**', '**/extension'];
/** What exists only in Node or only in a browser: the core runs in both, and in a web worker. */
const HOST_GLOBALS = [
  'process', 'Buffer', 'require', 'module', 'exports', '__dirname', '__filename', 'global', 'setImmediate', 'clearImmediate',
  'window', 'document', 'self', 'navigator', 'location', 'localStorage', 'fetch', 'XMLHttpRequest', 'console',
].map((name) => ({ name, message: 'The core runs in Node, a browser and a web worker: take what it needs as a parameter.' }));

const NAMED_EXPORTS = { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' };
// Spread arguments are limited by the engine's stack (~125,000 in V8): product code handles files
// with that many problems or nodes, so it must not turn them into a RangeError.
const NO_SPREAD_ARGUMENTS = {
  selector: 'CallExpression[callee.property.name=/^(push|unshift|splice|fromCharCode|fromCodePoint|max|min)$/] > SpreadElement',
  message: 'Spread arguments overflow on large inputs: loop instead.',
};

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.cache/**', '.state/**', 'artifacts/**', 'src/core/schema/generated/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-floating-promises': 'off',
      'no-restricted-syntax': ['error', NAMED_EXPORTS],
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: { 'no-restricted-syntax': ['error', NAMED_EXPORTS, NO_SPREAD_ARGUMENTS] },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'vscode', message: 'The core is editor-independent: no vscode import.' }],
        patterns: [
          { group: ADAPTERS, message: 'The core must not depend on adapters.' },
          { group: NODE_BUILTINS, message: 'The core also runs in a browser: no Node built-ins.' },
        ],
      }],
      'no-restricted-globals': ['error', ...HOST_GLOBALS],
    },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'vscode', message: 'The CLI runs without VS Code.' }],
        patterns: [{ group: ['**/host', '**/host/**', '**/webview', '**/webview/**', '**/extension'], message: 'The CLI must not depend on the VS Code adapters.' }],
      }],
    },
  },
  {
    files: ['src/webview/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'vscode', message: 'Webview code talks to the host only through messages.' }],
        patterns: [
          { group: ['**/host', '**/host/**', '**/cli', '**/cli/**', '**/core', '**/core/**', '**/extension'], message: 'The webview runs in its own frame: only the shared protocol types cross over.' },
          { group: NODE_BUILTINS, message: 'The webview runs in a browser frame: no Node built-ins.' },
        ],
      }],
    },
  },
  {
    // The checker thread runs the core on a thread of its own: no VS Code API there.
    files: ['src/worker/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'vscode', message: 'The checker thread has no VS Code API: it talks to the host through messages.' }],
        patterns: [{ group: ADAPTERS, message: 'The checker thread runs the core only.' }],
      }],
    },
  },
  {
    // The host ⇄ webview messages: types both sides compile, so they can depend on neither.
    files: ['src/protocol.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['*', '**/*'], message: 'The protocol is types shared by the host and the webview: it imports nothing.' }] }],
    },
  },
  {
    // Tool configuration files are read through their default export.
    files: ['eslint.config.mjs', 'esbuild.mjs'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['**/*.mjs', '**/*.cjs', 'scripts/**/*.js', 'test/e2e/**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', require: 'readonly', module: 'writable', __dirname: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', URL: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
