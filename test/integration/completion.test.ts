// Completion (issue 4, item 4) in the real VS Code: keys, enum values, ids and block snippets, asked
// through the same command the suggest widget uses, and one suggestion accepted in the widget.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, openUntitled, openExample, poll, positionOf, waitForDiagnostics, waitForEvent } from './support';

/**
 * The completion items of our provider at `position`; polled because a provider has no
 * "registered" event. Left out: VS Code's word-based suggestions.
 */
async function completions(doc: vscode.TextDocument, position: vscode.Position): Promise<vscode.CompletionItem[]> {
  return poll(async () => {
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, position);
    const ours = list.items.filter((i) => i.kind !== vscode.CompletionItemKind.Text);
    return ours.length > 0 ? ours : undefined;
  }, undefined, () => `completions at ${position.line}:${position.character} of ${doc.uri.toString()}`);
}

function label(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

function find(items: readonly vscode.CompletionItem[], name: string): vscode.CompletionItem {
  const found = items.find((i) => label(i) === name);
  assert.ok(found, `no completion '${name}' among ${items.map(label).join(', ')}`);
  return found;
}

function docText(item: vscode.CompletionItem): string {
  const d = item.documentation;
  return d === undefined ? '' : typeof d === 'string' ? d : d.value;
}

function insertText(item: vscode.CompletionItem): string {
  const t = item.insertText;
  return t === undefined ? label(item) : typeof t === 'string' ? t : t.value;
}

/** The end of the document: where the tests below type. */
function end(doc: vscode.TextDocument): vscode.Position {
  return doc.positionAt(doc.getText().length);
}


suite('Completion', () => {
  suiteSetup(async () => {
    await activateExtension();
  });
  teardown(closeAllEditors);

  test('offers the keys a half-typed channel still lacks, required first, with documentation', async () => {
    // `    netw` is not valid YAML yet: this is the moment people type.
    const doc = await openUntitled(['version: 1', 'channels:', '  - id: ig', '    netw'].join('\n'));
    const items = await completions(doc, end(doc));

    const network = find(items, 'network');
    assert.strictEqual(network.kind, vscode.CompletionItemKind.Property);
    assert.strictEqual(network.detail, 'Network');
    assert.match(docText(network), /The social network of this channel/);
    assert.strictEqual(insertText(network), 'network: ');
    assert.ok(!items.some((i) => label(i) === 'id'), 'id is already there');
    const sorted = [...items].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
    assert.strictEqual(label(sorted[0]!), 'network', 'the required key comes first');
    // The typed word is what gets replaced.
    const range = network.range as { inserting: vscode.Range; replacing: vscode.Range };
    assert.strictEqual(doc.getText(range.replacing), 'netw');
    assert.strictEqual(new Set(items.map(label)).size, items.length, 'no duplicates');
  });

  test('offers enum values with their descriptions, in a block value and in a flow list', async () => {
    const doc = await openUntitled(['version: 1', 'channels:', '  - id: ig', '    network: ', '    formats: [short_video, ]'].join('\n'));
    const networks = await completions(doc, positionOf(doc, 'network: ', { offset: 'network: '.length }));
    const instagram = find(networks, 'instagram');
    assert.strictEqual(instagram.kind, vscode.CompletionItemKind.EnumMember);
    assert.match(docText(instagram), /\*\*Instagram\*\*/);
    assert.ok(!networks.some((i) => label(i) === 'twitter'), 'the old alias is not offered');

    const formats = await completions(doc, positionOf(doc, 'short_video, ', { offset: 'short_video, '.length }));
    assert.ok(!formats.some((i) => label(i) === 'short_video'), 'already in the list');
    assert.match(docText(find(formats, 'carousel')), /Several images/);
  });

  test("offers the audience ids a channel does not list yet, with the audience's name", async () => {
    const doc = await openExample('nush-coffee.en.smm.yaml');
    // tg-channel has `audiences: [students]`: open a second slot.
    const slot = positionOf(doc, 'audiences: [students]', { offset: 'audiences: [students'.length });
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, slot, ', ');
    assert.ok(await vscode.workspace.applyEdit(edit));

    const items = await completions(doc, slot.translate(0, 2));
    assert.deepStrictEqual(items.map((i) => [label(i), i.kind, i.detail]), [
      ['young-professionals', vscode.CompletionItemKind.Reference, 'Young professionals working in the centre'],
    ]);
  });

  test('offers goal and team ids where they are referenced', async () => {
    const doc = await openUntitled([
      'version: 1',
      'goals:',
      '  - { id: reach, title: Reach students }',
      'team:',
      '  - { id: ani, name: Ani }',
      'channels:',
      '  - id: ig',
      '    goals: []',
      '    owner: ',
    ].join('\n'));
    const goals = await completions(doc, positionOf(doc, 'goals: [', { offset: 'goals: ['.length }));
    assert.deepStrictEqual(goals.map((i) => [label(i), i.detail]), [['reach', 'Reach students']]);
    const owners = await completions(doc, end(doc));
    assert.deepStrictEqual(owners.map((i) => [label(i), i.detail]), [['ani', 'Ani']]);
  });

  test('offers a goal with KPIs as a snippet, and accepting it writes a valid goal', async () => {
    const doc = await openUntitled(['version: 1', 'brand: { name: Nush }', 'goals:', '  - '].join('\n'));
    const items = await completions(doc, end(doc));
    const goal = find(items, 'goal');
    assert.strictEqual(goal.kind, vscode.CompletionItemKind.Snippet);
    assert.ok(goal.insertText instanceof vscode.SnippetString);
    assert.match(docText(goal), /kpis:/);

    // Accept it in the suggest widget, as a user does: open the list, filter, accept.
    const editor = vscode.window.activeTextEditor!;
    assert.strictEqual(editor.document, doc);
    editor.selection = new vscode.Selection(end(doc), end(doc));
    await vscode.commands.executeCommand('type', { text: 'goal' });
    const changed = waitForEvent(vscode.workspace.onDidChangeTextDocument, (e) => (e?.document === doc && doc.getText().includes('kpis:') ? true : undefined));
    // The widget opens asynchronously and has no event: ask again until it accepts.
    await poll(async () => {
      if (doc.getText().includes('kpis:')) return true;
      await vscode.commands.executeCommand('editor.action.triggerSuggest');
      await vscode.commands.executeCommand('acceptSelectedSuggestion');
      return doc.getText().includes('kpis:') ? true : undefined;
    }, undefined, () => `the goal snippet to be accepted; text:\n${doc.getText()}`, 200);
    await changed;
    await vscode.commands.executeCommand('leaveSnippet');

    const lines = doc.getText().split('\n');
    assert.strictEqual(lines[3], '  - id: goal-id');
    assert.strictEqual(lines[4], '    type: awareness');
    assert.ok(lines.includes('    kpis:'), doc.getText());
    assert.ok(lines.includes('      - metric: reach'), doc.getText());
    // The inserted goal is well-formed: no syntax or schema problem anywhere.
    const diagnostics = await waitForDiagnostics(doc.uri, (ds) => ds.length > 0 && !ds.some((d) => String(typeof d.code === 'object' ? d.code.value : d.code).match(/^(syntax|schema)/)));
    assert.ok(diagnostics.every((d) => d.source === 'smm'));
  });

  test('offers an audience with the article\'s four dimensions where an audience starts', async () => {
    const doc = await openUntitled(['version: 1', 'audiences:', '  '].join('\n'));
    const audience = find(await completions(doc, end(doc)), 'audience');
    const text = insertText(audience);
    assert.ok(text.startsWith('- id: ${1:audience-id}\n'), text);
    for (const dimension of ['demographics:', 'geography:', 'psychographics:', 'needs:']) assert.ok(text.includes(`\n    ${dimension}`), dimension);
  });
});

suite('Completion in the file\'s language', () => {
  suiteSetup(() => activateExtension());
  teardown(closeAllEditors);

  test('details and documentation are in Armenian for an Armenian file', async () => {
    const doc = await openUntitled(['locale: hy', 'version: 1', 'brand: { name: Կումայրի }', 'channels:', '  - id: ig', '    status: '].join('\n'));
    const items = await completions(doc, end(doc));
    assert.deepStrictEqual(['planned', 'active'].map((v) => [find(items, v).detail, docText(find(items, v))]), [['Պլանավորված', 'Դեռ չի սկսվել։'], ['Գործող', 'Հիմա վարվում է։']]);
  });

  test('keys and snippets are explained in Russian for a Russian file, and the snippet is written in it', async () => {
    const doc = await openUntitled(['locale: ru', 'version: 1', 'brand: { name: Глина }', 'channels:', '  - id: vk-group', '    '].join('\n'));
    const keys = await completions(doc, end(doc));
    assert.deepStrictEqual([find(keys, 'network').detail, docText(find(keys, 'network'))], ['Соцсеть', 'Социальная сеть этого канала\\.']);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, end(doc), '\ngoals: []');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const goal = find(await completions(doc, end(doc).translate(0, -1)), 'цель');
    assert.strictEqual(goal.detail, 'Цель с ключевым показателем.');
    assert.match(insertText(goal), /\n {4}title: \$\{3:Чего мы хотим достичь\}\n/);
  });

  test('strategy files get no word-based suggestions and no boxes around Armenian or Russian letters', async () => {
    // Where nothing fits (every audience is listed already), nothing is offered: no fragments of the file.
    const doc = await openUntitled(['version: 1', 'brand: { name: Nush }', 'audiences:', '  - id: students', '  - id: parents', 'channels:', '  - id: ig', '    audiences: [students, parents, ]'].join('\n'));
    await waitForDiagnostics(doc.uri, (ds) => ds.length > 0);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, end(doc).translate(0, -1));
    assert.deepStrictEqual(list.items.map(label), []);
    const settings = vscode.workspace.getConfiguration('editor', { languageId: 'smm-strategy' });
    assert.strictEqual(settings.get('wordBasedSuggestions'), 'off');
    assert.strictEqual(settings.get('unicodeHighlight.ambiguousCharacters'), false);
  });
});
