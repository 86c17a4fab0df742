// The extension is really there: a *.smm.yaml file gets the extension's language, the extension
// activates, and its checks reach VS Code as diagnostics (what the Problems pane shows).
import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  activateExtension, closeAllEditors, describeDiagnostics, EXTENSION_ID, LANGUAGE_ID, openExample,
  poll, ruleOf, SMM_SOURCE, waitForDiagnostics,
} from './support';

suite('Activation', () => {
  teardown(closeAllEditors);

  test('a .smm.yaml file gets the smm-strategy language and activates the extension', async () => {
    const doc = await openExample('nush-coffee.en.smm.yaml');
    assert.strictEqual(doc.languageId, LANGUAGE_ID);

    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is not loaded in this extension host`);
    // Activation is implicit on the language (VS Code >= 1.74) and may still be in progress. There is
    // no "activated" event, hence poll; not ext.activate(), which would hide a missing activation.
    await poll(() => (ext.isActive ? true : undefined), 15_000, () => `${EXTENSION_ID} to activate on its own`);
    assert.strictEqual(ext.isActive, true);
  });

  test('a strategy with mistakes gets smm diagnostics with rule ids', async () => {
    await activateExtension();
    const doc = await openExample('mistakes.smm.yaml');
    const diagnostics = await waitForDiagnostics(doc.uri, (ds) => ds.length > 0);

    assert.ok(diagnostics.every((d) => d.source === SMM_SOURCE), describeDiagnostics(diagnostics));
    assert.ok(
      diagnostics.some((d) => ruleOf(d) === 'no-value-proposition'),
      `expected a no-value-proposition problem, got:\n  ${describeDiagnostics(diagnostics)}`,
    );
  });
});
