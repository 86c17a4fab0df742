// Workspace-wide linting: "SMM: Lint Workspace" and the `smm.lintWorkspace` setting check files
// that are not open, within the file-count and file-size limits, keep only their problems (not
// their parse), and withdraw those problems when a file is deleted or renamed or the setting is
// turned off.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { LintWorkspaceResult } from '../../src/host/commands/lintWorkspace';
import {
  activateExtension, closeAllEditors, describeDiagnostics, exampleUri, examplesFolder, extensionApi, openExample,
  openUntitled, ruleOf, setSetting, smmDiagnostics, waitForDiagnostics, waitForEvent,
} from './support';

/** Two goals with the same id: a duplicate-id problem, whatever else the file lacks. */
const STRATEGY = [
  'version: 1',
  'brand: { name: Test }',
  'goals:',
  '  - { id: reach, type: awareness, title: T, primary: true }',
  '  - { id: reach, type: sales, title: U }',
  '',
].join('\n');

const hasDuplicate = (ds: readonly vscode.Diagnostic[]) => ds.some((d) => ruleOf(d) === 'duplicate-id');

/** Files a test wrote into the scratch workspace; removed after each test. */
const written: vscode.Uri[] = [];

async function writeStrategy(name: string, text = STRATEGY): Promise<vscode.Uri> {
  const uri = exampleUri(name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  written.push(uri);
  return uri;
}

function lintWorkspace(): Thenable<LintWorkspaceResult> {
  return vscode.commands.executeCommand<LintWorkspaceResult>('smm.lintWorkspace');
}

function isOpen(uri: vscode.Uri): boolean {
  return vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString());
}

/**
 * The files of the workspace that are not open and have smm problems now. (A document closed in
 * an earlier test may still be open for the extension host: VS Code disposes it later.)
 */
function closedFilesWithProblems(): string[] {
  const folder = examplesFolder().toString();
  return vscode.languages.getDiagnostics()
    .filter(([uri, ds]) => uri.toString().startsWith(folder) && !isOpen(uri) && ds.some((d) => d.source === 'smm'))
    .map(([uri]) => uri.path.split('/').pop()!);
}

let fileCount = 0;
/** A name no other test uses, so no document of an earlier test is still open under it. */
const fresh = (name: string) => `${name}-${++fileCount}.smm.yaml`;

suite('Workspace linting', () => {
  suiteSetup(() => activateExtension());
  setup(closeAllEditors);
  teardown(async () => {
    for (const key of ['lintWorkspace', 'lintWorkspaceMaxFiles', 'lintWorkspaceMaxFileSizeKB', 'rules.customizations', 'locale']) await setSetting(key, undefined);
    await closeAllEditors();
    for (const uri of written.splice(0)) await vscode.workspace.fs.delete(uri, { recursive: true }).then(undefined, () => undefined);
  });

  test('"SMM: Lint Workspace" checks files that are not open, and keeps only their problems', async () => {
    const uri = await writeStrategy(fresh('never-opened'));
    assert.ok(!isOpen(uri), 'precondition: not open');
    const { message, ...summary } = await lintWorkspace();
    assert.deepStrictEqual(summary, { checked: 5, tooLarge: 0, limited: false });
    assert.strictEqual(message, 'SMM: strategy files checked: 5.');
    assert.ok(hasDuplicate(smmDiagnostics(uri)), describeDiagnostics(smmDiagnostics(uri)));
    assert.deepStrictEqual(smmDiagnostics(exampleUri('nush-coffee.en.smm.yaml')), []);

    // What stays in memory: the parse and linter of open documents only.
    const api = await extensionApi();
    const openKeys = () => vscode.workspace.textDocuments.map((d) => d.uri.toString());
    assert.deepStrictEqual(api.cachedDocuments().filter((k) => !openKeys().includes(k)), []);
    assert.ok(!api.cachedDocuments().includes(uri.toString()), 'a file that is not open is not kept');
    // An editor's document is kept while it is open. (An unsaved one: VS Code closes a file's
    // document some unknown time after its editor, an unsaved one when it is reverted.)
    const doc = await openUntitled(STRATEGY);
    await waitForDiagnostics(doc.uri, hasDuplicate);
    assert.ok(api.cachedDocuments().includes(doc.uri.toString()), 'an open document is kept');
    await closeAllEditors();
    await waitForEvent(vscode.workspace.onDidCloseTextDocument, () => (api.cachedDocuments().includes(doc.uri.toString()) ? undefined : true),
      undefined, () => `the closed document to be dropped; cached: ${api.cachedDocuments().join(', ')}`);
  });

  for (const [example, pattern] of [
    ['kumayri-bakery.hy.smm.yaml', /^SMM: ստուգված ռազմավարության ֆայլեր՝ \d+։$/],
    ['glina-studio.ru.smm.yaml', /^SMM: проверено файлов стратегии: \d+\.$/],
  ] as const) {
    test(`its notification speaks the language of the strategy in the editor: ${example}`, async () => {
      await openExample(example);
      const { message } = await lintWorkspace();
      assert.match(message, pattern);
      // Withdraw what the run published, as turning workspace linting off does.
      await setSetting('lintWorkspace', true);
      await setSetting('lintWorkspace', false);
    });
  }

  test('its notification follows smm.locale over the file in the editor', async () => {
    await setSetting('locale', 'hy');
    await openExample('glina-studio.ru.smm.yaml');
    const { message } = await lintWorkspace();
    await setSetting('locale', undefined);
    assert.match(message, /^SMM: ստուգված ռազմավարության ֆայլեր՝ \d+։$/);
    await setSetting('lintWorkspace', true);
    await setSetting('lintWorkspace', false);
  });

  test('stops at the file limit and says so, withdrawing the problems of files beyond it', async () => {
    const names = [fresh('first'), fresh('second')];
    for (const name of names) await writeStrategy(name);
    await lintWorkspace();
    const withProblems = () => closedFilesWithProblems().filter((name) => names.includes(name));
    assert.deepStrictEqual(withProblems().sort(), names);

    await setSetting('lintWorkspaceMaxFiles', 1);
    const summary = await lintWorkspace();
    assert.strictEqual(summary.limited, true);
    assert.strictEqual(summary.checked + summary.tooLarge, 1);
    assert.ok(closedFilesWithProblems().length <= 1, closedFilesWithProblems().join(', '));
    assert.ok(withProblems().length <= 1, withProblems().join(', '));
  });

  test('a file larger than the size limit gets one note instead of its problems', async () => {
    const uri = await writeStrategy(fresh('large'), `${STRATEGY}# ${'padding '.repeat(200)}\n`);
    await setSetting('lintWorkspaceMaxFileSizeKB', 1);
    const summary = await lintWorkspace();
    assert.ok(summary.tooLarge >= 1, JSON.stringify(summary));
    const [note, ...others] = smmDiagnostics(uri);
    assert.deepStrictEqual(others, [], describeDiagnostics(smmDiagnostics(uri)));
    assert.strictEqual(note!.severity, vscode.DiagnosticSeverity.Information);
    assert.strictEqual(note!.message, 'Not checked: this file is larger than 1 KB, the limit of the setting smm.lintWorkspaceMaxFileSizeKB. Open the file to check it.');

    // Opened, it is checked like any other file.
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    await waitForDiagnostics(doc.uri, hasDuplicate);
  });

  test('the problems of a deleted file or folder go', async () => {
    const file = await writeStrategy(fresh('deleted'));
    const inFolder = await writeStrategy('plans/q3.smm.yaml');
    await lintWorkspace();
    assert.ok(hasDuplicate(smmDiagnostics(file)) && hasDuplicate(smmDiagnostics(inFolder)), 'precondition: problems shown');

    await vscode.workspace.fs.delete(file);
    await waitForDiagnostics(file, (ds) => ds.length === 0);
    await vscode.workspace.fs.delete(exampleUri('plans'), { recursive: true });
    await waitForDiagnostics(inFolder, (ds) => ds.length === 0);
  });

  test('the problems of a renamed file follow it when workspace linting is on', async () => {
    await setSetting('lintWorkspace', true);
    const before = await writeStrategy(fresh('before'));
    await waitForDiagnostics(before, hasDuplicate);

    const after = exampleUri(fresh('after'));
    written.push(after);
    const edit = new vscode.WorkspaceEdit();
    edit.renameFile(before, after);
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitForDiagnostics(before, (ds) => ds.length === 0);
    await waitForDiagnostics(after, hasDuplicate);
  });

  test('turning workspace linting off withdraws the problems of files that are not open, not of open ones', async () => {
    const closed = await writeStrategy(fresh('never-opened'));
    const open = await openUntitled(STRATEGY);
    await setSetting('lintWorkspace', true);
    await waitForDiagnostics(closed, hasDuplicate);

    await setSetting('lintWorkspace', false);
    await waitForDiagnostics(closed, (ds) => ds.length === 0);
    assert.ok(hasDuplicate(smmDiagnostics(open.uri)), describeDiagnostics(smmDiagnostics(open.uri)));
  });

  test('with workspace linting on, a settings change re-checks files that are not open', async () => {
    const closed = await writeStrategy(fresh('never-opened'));
    await setSetting('lintWorkspace', true);
    await waitForDiagnostics(closed, hasDuplicate);

    await setSetting('rules.customizations', [{ rule: 'duplicate-id', severity: 'off' }]);
    const ds = await waitForDiagnostics(closed, (d) => !hasDuplicate(d));
    assert.ok(ds.length > 0, 'the other problems stay');
  });

  test('with workspace linting on, closing an editor shows the file on disk, and an unsaved file leaves nothing', async () => {
    await setSetting('lintWorkspace', true);
    const untitled = await openUntitled(STRATEGY);
    await waitForDiagnostics(untitled.uri, hasDuplicate);
    const saved = await openExample('mistakes.smm.yaml');
    await waitForDiagnostics(saved.uri, (ds) => ds.length > 0);

    await closeAllEditors();
    await waitForDiagnostics(untitled.uri, (ds) => ds.length === 0);
    await waitForDiagnostics(saved.uri, (ds) => ds.length > 0);
  });
});
