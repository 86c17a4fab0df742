// Every provider answers on broken YAML, an empty file, a 50,000-line file and a file changing
// under it, and none of them throws into the extension host (a throw would reject these calls).
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, hugeStrategy, openUntitled, waitForDiagnostics } from './support';

/** Asks every provider about `position` and returns how each answered. */
async function askEverything(doc: vscode.TextDocument, position: vscode.Position): Promise<Record<string, unknown>> {
  const range = new vscode.Range(position, position);
  const run = <T>(command: string, ...args: unknown[]) => vscode.commands.executeCommand<T>(command, doc.uri, ...args);
  return {
    completion: await run<vscode.CompletionList>('vscode.executeCompletionItemProvider', position),
    hover: await run<vscode.Hover[]>('vscode.executeHoverProvider', position),
    codeActions: await run<vscode.CodeAction[]>('vscode.executeCodeActionProvider', range),
    symbols: await run<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider'),
    definition: await run<vscode.Location[]>('vscode.executeDefinitionProvider', position),
    references: await run<vscode.Location[]>('vscode.executeReferenceProvider', position),
  };
}

suite('Robustness of every provider', () => {
  suiteSetup(() => activateExtension());
  teardown(closeAllEditors);

  const broken = [
    ['an empty file', ''],
    ['only comments', '# nothing yet\n# really\n'],
    ['broken YAML', 'version: 1\ngoals:\n  - id: a\n   type: [oops\n\tbad: "unterminated\n'],
    ['a list at the root', '- goals\n- audiences\n'],
    ['binary junk', 'version: 1\n\u0000\u0001\u0002brand'],
    ['an alias bomb', 'a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: [*e, *e, *e, *e, *e, *e, *e, *e, *e]\n'],
  ] as const;

  for (const [name, content] of broken) {
    test(`answer on ${name}`, async () => {
      const doc = await openUntitled(content);
      for (const offset of [0, Math.floor(content.length / 2), content.length]) {
        const answers = await askEverything(doc, doc.positionAt(offset));
        assert.ok(answers.completion !== undefined, 'completion answered');
      }
      if (content.trim() !== '') await waitForDiagnostics(doc.uri, (ds) => ds.length > 0);
    });
  }

  test('answer on a 50,000-line file, and keep up while it changes', async function () {
    this.timeout(120_000);
    const text = hugeStrategy();
    const doc = await openUntitled(text);
    assert.ok(doc.lineCount >= 50_000, `${doc.lineCount} lines`);
    await waitForDiagnostics(doc.uri, (ds) => ds.length > 0, 60_000);

    const started = Date.now();
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
    assert.ok(symbols.length >= 3, 'sections in the outline');
    const at = doc.positionAt(text.indexOf('goals: [goal-1]') + 'goals: ['.length);
    const answers = await askEverything(doc, at);
    const definition = answers.definition as vscode.Location[];
    assert.strictEqual(definition.length, 1, 'goal-1 is defined once');
    assert.ok(Date.now() - started < 30_000, `providers took ${Date.now() - started} ms`);

    // Edit while asking: every answer must still come back, and the problems follow the last edit.
    const editor = vscode.window.activeTextEditor!;
    const pending: Thenable<unknown>[] = [];
    for (let i = 0; i < 5; i++) {
      await editor.edit((e) => e.insert(new vscode.Position(3, 4), `x${i}`));
      pending.push(vscode.commands.executeCommand('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(3, 6)));
      pending.push(vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, new vscode.Position(3, 6)));
    }
    await Promise.all(pending);
    // The key is now `x4x3x2x1x0id`: only the last text has that unknown key.
    await waitForDiagnostics(doc.uri, (ds) => ds.some((d) => d.range.start.line === 3 && d.message.includes("'x4x3x2x1x0id'")), 60_000);
  });
});
