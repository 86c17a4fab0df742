// Which documents the extension serves: the user's strategy files (on disk, unsaved, or in a
// remote or web workspace), not copies under other schemes such as the old side of a diff view
// (`git:`). A content provider of the test's own stands in for those.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, describeDiagnostics, LANGUAGE_ID, openUntitled, smmDiagnostics, waitForDiagnostics } from './support';

const SCHEME = 'smm-test-old-version';

/** Broken in every way the extension reports: no brand, a mistyped network, no audience. */
const STRATEGY = ['version: 1', 'goals:', '  - id: reach', 'channels:', '  - { id: ig, network: instagarm }', ''].join('\n');

suite('Documents served', () => {
  let provider: vscode.Disposable;
  suiteSetup(async () => {
    await activateExtension();
    provider = vscode.workspace.registerTextDocumentContentProvider(SCHEME, { provideTextDocumentContent: () => STRATEGY });
  });
  suiteTeardown(() => provider.dispose());
  teardown(closeAllEditors);

  test('a strategy under another scheme gets no problems, completion, hover, fixes or outline; a file does', async () => {
    const copy = await vscode.workspace.openTextDocument(vscode.Uri.from({ scheme: SCHEME, path: '/old/plan.smm.yaml' }));
    await vscode.window.showTextDocument(copy, { preview: false });
    assert.strictEqual(copy.languageId, LANGUAGE_ID, 'precondition: it is a strategy by its name');
    // Opened after the copy: once its problems are out, the copy's would have been too.
    const file = await openUntitled(STRATEGY);
    await waitForDiagnostics(file.uri, (ds) => ds.length > 0);
    assert.deepStrictEqual(smmDiagnostics(copy.uri), [], describeDiagnostics(smmDiagnostics(copy.uri)));

    const at = copy.positionAt(STRATEGY.indexOf('instagarm') + 3);
    const ask = async (doc: vscode.TextDocument) => {
      const completion = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, at);
      const hover = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at);
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, new vscode.Range(at, at));
      const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', doc.uri);
      return {
        // Word-based suggestions (kind Text) come from VS Code itself.
        completion: completion.items.filter((i) => i.kind !== vscode.CompletionItemKind.Text).length,
        hover: hover.length,
        actions: actions.length,
        symbols: symbols?.length ?? 0,
      };
    };
    const served = await ask(file);
    assert.ok(Object.values(served).every((n) => n > 0), JSON.stringify(served));
    assert.deepStrictEqual(await ask(copy), { completion: 0, hover: 0, actions: 0, symbols: 0 });
  });
});
