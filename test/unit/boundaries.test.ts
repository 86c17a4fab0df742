import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { ESLint } from 'eslint';

const ROOT = join(__dirname, '..', '..');

/** The rule ids ESLint reports for `code` as if it were the file `path` of this repository. */
async function violations(path: string, code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: ROOT });
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, path) });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('module boundaries (eslint.config.mjs)', function () {
  this.timeout(60_000);

  for (const [what, code] of [
    ['an adapter at any depth', "import { x } from '../../host/analysis';\nexport const y = x;"],
    ['an adapter through a detour', "import { x } from './../language/../../host/analysis';\nexport const y = x;"],
    ['the webview', "import type { x } from '../../webview/main';\nexport type Y = x;"],
    ['a Node built-in', "import { readFileSync } from 'fs';\nexport const y = readFileSync;"],
    ['a Node built-in by its node: name', "import { Worker } from 'node:worker_threads';\nexport const y = Worker;"],
    ['a Node built-in sub-path', "import { readFile } from 'fs/promises';\nexport const y = readFile;"],
    ['a Node global', 'export const home = process.env.HOME;'],
    ['a browser global', "export const title = document.title;"],
    ['vscode', "import * as vscode from 'vscode';\nexport const y = vscode;"],
  ] as const) {
    it(`keeps ${what} out of the core`, async () => {
      const found = await violations('src/core/model/example.ts', code);
      assert.ok(found.some((r) => r === 'no-restricted-imports' || r === 'no-restricted-globals'), `${what}: ${found.join(', ') || 'nothing reported'}`);
    });
  }

  it('lets the core import its own modules and its libraries', async () => {
    const found = await violations('src/core/model/example.ts', "import { parseDocument } from 'yaml';\nimport { child } from '../syntax/ast';\nexport const y = [parseDocument, child];");
    assert.deepEqual(found, []);
  });

  it('keeps the VS Code adapters out of the CLI and the webview', async () => {
    assert.ok((await violations('src/cli/example.ts', "import { x } from '../host/config';\nexport const y = x;")).includes('no-restricted-imports'));
    assert.ok((await violations('src/webview/example.ts', "import * as vscode from 'vscode';\nexport const y = vscode;")).includes('no-restricted-imports'));
  });

  it('lets the webview import only its own modules and the protocol', async () => {
    for (const code of [
      "import { x } from '../host/preview/page';\nexport const y = x;",
      "import { renderPlan } from '../core/render';\nexport const y = renderPlan;",
      "import type { LintResult } from '../core/lint';\nexport type Y = LintResult;",
      "import { readFileSync } from 'node:fs';\nexport const y = readFileSync;",
    ]) {
      assert.ok((await violations('src/webview/example.ts', code)).includes('no-restricted-imports'), code);
    }
    assert.deepEqual(await violations('src/webview/example.ts', "import type { ToWebview } from '../protocol';\nimport { ScrollEcho } from './scrollEcho';\nexport const y: ToWebview | ScrollEcho = new ScrollEcho();"), []);
  });

  it('lets the checker thread run the core, and nothing of VS Code', async () => {
    for (const code of ["import * as vscode from 'vscode';\nexport const y = vscode;", "import { Log } from '../host/log';\nexport const y = Log;"]) {
      assert.ok((await violations('src/worker/example.ts', code)).includes('no-restricted-imports'), code);
    }
    assert.deepEqual(await violations('src/worker/example.ts', "import { parentPort } from 'node:worker_threads';\nimport { Linter } from '../core/lint';\nexport const y = [parentPort, Linter];"), []);
  });

  it('keeps the protocol free of imports: both sides compile it', async () => {
    assert.ok((await violations('src/protocol.ts', "import type { LintResult } from './core/lint';\nexport type Y = LintResult;")).includes('no-restricted-imports'));
  });

  it('forbids spread arguments that overflow on large inputs', async () => {
    assert.ok((await violations('src/core/model/example.ts', 'export function f(a: number[], b: number[]): void {\n  a.push(...b);\n}')).includes('no-restricted-syntax'));
  });
});
