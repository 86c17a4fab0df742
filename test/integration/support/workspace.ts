// Workspace helpers: the example strategies, the extension under test, positions in documents.
//
// The runners open a fresh copy of examples/ as the workspace folder (a file:// folder in the Node
// host, vscode-test-web://mount/ in the web worker host), so a test may edit and even save a file
// without touching the repository. Build URIs with `Uri.joinPath`, never with node:path: the web
// host has no file system paths.
import * as vscode from 'vscode';
import type { SmmExtensionApi } from '../../../src/host/activate';
import { DEFAULT_TIMEOUT_MS, poll } from './wait';

/** `<publisher>.<name>` from package.json. */
export const EXTENSION_ID = 'smm-strategy.smm-strategy';
/** The language id contributed for *.smm.yaml / *.smm.yml. */
export const LANGUAGE_ID = 'smm-strategy';

/** The workspace folder the runner opened (the copy of examples/). */
export function examplesFolder(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) {
    throw new Error('No workspace folder is open: the test runner must open the examples folder');
  }
  return folder.uri;
}

/** URI of a file in the examples folder, e.g. `exampleUri('mistakes.smm.yaml')`. */
export function exampleUri(name: string): vscode.Uri {
  return vscode.Uri.joinPath(examplesFolder(), ...name.split('/'));
}

/**
 * Opens an example strategy and shows it in an editor (as a user would: some features only run
 * for visible documents). Returns the document.
 */
export async function openExample(name: string, options: { show?: boolean } = {}): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(exampleUri(name));
  if (options.show ?? true) {
    await vscode.window.showTextDocument(doc, { preview: false });
  }
  return doc;
}

let untitledCount = 0;

/**
 * Opens an unsaved strategy with `content` under a name no other test uses, shown in an editor.
 * (Plain Untitled-1, -2… names are reused: right after a test closed Untitled-1 the extension host
 * may still hand out that closed document, with its old text, for the next Untitled-1.) The path
 * lies in the workspace folder, because a bare relative name does not resolve in the web host;
 * nothing is ever saved there.
 */
export async function openUntitled(content: string, name = 'scratch'): Promise<vscode.TextDocument> {
  const uri = vscode.Uri.joinPath(examplesFolder(), `${name}-${Date.now()}-${++untitledCount}.smm.yaml`).with({ scheme: 'untitled' });
  const doc = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(doc, { preview: false });
  if (content !== '') {
    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri, new vscode.Position(0, 0), content);
    if (!(await vscode.workspace.applyEdit(edit))) throw new Error(`could not write the content of ${uri.toString()}`);
  }
  if (doc.languageId !== LANGUAGE_ID) throw new Error(`${uri.toString()} opened as ${doc.languageId}`);
  return doc;
}

/**
 * Reverts every unsaved document and closes all editors (call in `teardown` after editing tests;
 * a plain closeAllEditors would stop at a "Save changes?" dialog).
 */
export async function closeAllEditors(): Promise<void> {
  for (const doc of vscode.workspace.textDocuments.filter((d) => d.isDirty)) {
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** The extension under test, activated. Fails clearly when it is not installed/loaded at all. */
export async function activateExtension(timeoutMs: number = DEFAULT_TIMEOUT_MS): Promise<vscode.Extension<unknown>> {
  const ext = await poll(
    () => vscode.extensions.getExtension(EXTENSION_ID),
    timeoutMs,
    () => `extension ${EXTENSION_ID} to be registered (is it built? is extensionDevelopmentPath right?)`,
  );
  if (!ext.isActive) {
    await ext.activate();
  }
  return ext;
}

function offsetOf(doc: vscode.TextDocument, text: string, occurrence: number): number {
  const source = doc.getText();
  let index = -1;
  for (let n = 0; n <= occurrence; n++) {
    index = source.indexOf(text, index + 1);
    if (index < 0) {
      throw new Error(`"${text}" (occurrence ${occurrence}) not found in ${doc.uri.path.split('/').pop()}`);
    }
  }
  return index;
}

/**
 * Position of `text` in `doc`: its start, or `offset` characters into it.
 * `occurrence` picks the n-th match (0-based). Throws when the text is absent, so a test fails at
 * the line that went wrong rather than with a mysterious empty completion list.
 *
 * @example positionOf(doc, 'platforms:', { offset: 'platforms:'.length })  // just after the colon
 */
export function positionOf(
  doc: vscode.TextDocument,
  text: string,
  options: { occurrence?: number; offset?: number } = {},
): vscode.Position {
  return doc.positionAt(offsetOf(doc, text, options.occurrence ?? 0) + (options.offset ?? 0));
}

/** The range covering `text` in `doc` (see {@link positionOf}); `text` may span lines. */
export function rangeOf(doc: vscode.TextDocument, text: string, options: { occurrence?: number } = {}): vscode.Range {
  const start = offsetOf(doc, text, options.occurrence ?? 0);
  return new vscode.Range(doc.positionAt(start), doc.positionAt(start + text.length));
}

/**
 * Sets an `smm.` setting in the user settings (`undefined` removes it). Tests that change one
 * reset it in `teardown`, so the next test starts from the defaults.
 */
export async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('smm').update(key, value, vscode.ConfigurationTarget.Global);
}

/** The extension's exports (see `SmmExtensionApi` in src/host/activate.ts), once it is active. */
export async function extensionApi(): Promise<SmmExtensionApi> {
  return (await activateExtension()).exports as SmmExtensionApi;
}
