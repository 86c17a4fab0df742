// Navigation (issue 4, item 7) in the real VS Code: the outline / breadcrumbs, go to definition,
// find references and rename (F2) of ids, through the same commands the editor's UI uses.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, openExample, openUntitled, poll, positionOf, rangeOf } from './support';

/** The outline of `doc`; polled because a provider registered at activation has no "ready" event. */
async function outline(doc: vscode.TextDocument): Promise<vscode.DocumentSymbol[]> {
  return poll(async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', doc.uri);
    return symbols && symbols.length > 0 ? symbols : undefined;
  }, undefined, () => `document symbols for ${doc.uri.toString()}`);
}

function named(symbols: readonly vscode.DocumentSymbol[], name: string): vscode.DocumentSymbol {
  const found = symbols.find((s) => s.name === name);
  assert.ok(found, `no symbol '${name}' among ${symbols.map((s) => s.name).join(', ')}`);
  return found;
}

/** `line:character-line:character`, so a failing range comparison says where. */
function show(range: vscode.Range): string {
  return `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
}

/** The position `delta` characters into the first `text` that comes after `after`. */
function positionAfter(doc: vscode.TextDocument, after: string, text: string, delta = 0): vscode.Position {
  const source = doc.getText();
  const from = source.indexOf(after);
  assert.ok(from >= 0, `'${after}' not in the document`);
  const at = source.indexOf(text, from + after.length);
  assert.ok(at >= 0, `'${text}' not after '${after}'`);
  return doc.positionAt(at + delta);
}

async function rename(doc: vscode.TextDocument, position: vscode.Position, newName: string): Promise<vscode.WorkspaceEdit> {
  const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit | undefined>('vscode.executeDocumentRenameProvider', doc.uri, position, newName);
  assert.ok(edit, 'no rename edit');
  return edit;
}

/** The message a rename command rejected with (VS Code shows it to the user as the reason). */
async function refusal(run: () => Thenable<unknown>): Promise<string> {
  try {
    await run();
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  assert.fail('expected the rename to be refused');
}

suite('Navigation', () => {
  suiteSetup(async () => {
    await activateExtension();
  });
  teardown(closeAllEditors);

  test('the outline lists sections with labels and items by id and title', async () => {
    const doc = await openExample('nush-coffee.en.smm.yaml');
    const symbols = await outline(doc);

    assert.deepStrictEqual(symbols.map((s) => s.name).slice(0, 6), ['version', 'locale', 'phase', 'brand', 'period', 'goals']);
    const goals = named(symbols, 'goals');
    assert.strictEqual(goals.detail, 'Goals');
    assert.strictEqual(goals.kind, vscode.SymbolKind.Module);
    assert.strictEqual(show(goals.selectionRange), show(rangeOf(doc, 'goals')));
    assert.deepStrictEqual(goals.children.map((c) => c.name), [
      'local-awareness — Become the known study-friendly café for students around YSU',
      'weekday-visits — Fill weekday afternoons with the student offer',
      'fast-replies — Answer every message and review within 2 hours during opening hours',
    ]);

    const first = goals.children[0]!;
    assert.strictEqual(first.kind, vscode.SymbolKind.Event);
    assert.strictEqual(first.detail, 'awareness');
    // Selection = the id value; full range = the item, from `id:` to its last KPI.
    assert.strictEqual(show(first.selectionRange), show(rangeOf(doc, 'local-awareness')));
    assert.strictEqual(show(first.range), show(new vscode.Range(
      positionOf(doc, 'id: local-awareness'),
      positionOf(doc, 'unit: percent, per: month }', { offset: 'unit: percent, per: month }'.length }),
    )));
    assert.deepStrictEqual(first.children.map((k) => k.name), ['reach', 'follower_growth_rate']);

    assert.deepStrictEqual(named(symbols, 'channels').children.map((c) => [c.name, c.detail]), [
      ['ig-main', 'instagram · active'],
      ['tg-channel', 'telegram · planned'],
      ['fb-page', 'facebook · active'],
    ]);
    assert.strictEqual(named(symbols, 'content_pillars').detail, 'Content pillars');
  });

  test('the outline speaks the file language and survives broken YAML', async () => {
    const doc = await openUntitled([
      'locale: hy',
      'goals:',
      '  - id: sales',
      '    title: Վաճառք',
      '    kpis: [ { metric: reach',
      'audiences:',
      '  - id: families',
      '    name: "Ընտանիքներ',
    ].join('\n'));
    const symbols = await outline(doc);
    const goals = named(symbols, 'goals');
    assert.strictEqual(goals.detail, 'Նպատակներ');
    assert.ok(goals.children.some((c) => c.name === 'sales — Վաճառք'), goals.children.map((c) => c.name).join(', '));
  });

  test('go to definition jumps from a reference to the defining id, and a definition to itself', async () => {
    const doc = await openExample('nush-coffee.en.smm.yaml');
    const reference = positionAfter(doc, 'id: ig-main', 'young-professionals', 3);
    const links = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', doc.uri, reference);
    assert.strictEqual(links.length, 1);
    const link = links[0]!;
    assert.ok('targetUri' in link, 'expected a LocationLink');
    assert.strictEqual(link.targetUri.toString(), doc.uri.toString());
    const definition = rangeOf(doc, 'young-professionals');
    assert.strictEqual(show(link.targetSelectionRange ?? link.targetRange), show(definition));
    assert.strictEqual(show(link.originSelectionRange!), show(new vscode.Range(positionAfter(doc, 'id: ig-main', 'young-professionals'),
      positionAfter(doc, 'id: ig-main', 'young-professionals', 'young-professionals'.length))));
    assert.ok(link.targetRange.contains(definition) && link.targetRange.start.line === definition.start.line);
    assert.ok(link.targetRange.end.line > definition.start.line, 'the target range is the whole audience');

    const onDefinition = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
      'vscode.executeDefinitionProvider', doc.uri, positionOf(doc, 'id: ani', { offset: 5 }));
    assert.deepStrictEqual(onDefinition.map((l) => show('targetUri' in l ? l.targetSelectionRange ?? l.targetRange : l.range)), [
      show(new vscode.Range(positionOf(doc, 'id: ani', { offset: 4 }), positionOf(doc, 'id: ani', { offset: 7 }))),
    ]);
  });

  test('find references lists every use of an id and its definition', async () => {
    const doc = await openExample('nush-coffee.en.smm.yaml');
    const locations = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, positionOf(doc, 'id: ani', { offset: 4 }));
    const lines = locations.map((l) => l.range.start.line).sort((a, b) => a - b);
    const expected = doc.getText().split(/\r?\n/).flatMap((line, i) => (/(owner|contact): ani\b|id: ani\b/.test(line) ? [i] : []));
    assert.deepStrictEqual(lines, expected);
    assert.strictEqual(locations.length, 7);
    for (const l of locations) {
      assert.strictEqual(l.uri.toString(), doc.uri.toString());
      assert.strictEqual(doc.getText(l.range), 'ani');
    }
  });

  test('rename (F2) changes the definition and every reference, in block and flow lists', async () => {
    const doc = await openExample('nush-coffee.en.smm.yaml');
    const before = doc.getText();
    const prepared = await vscode.commands.executeCommand<{ range: vscode.Range; placeholder: string }>(
      'vscode.prepareRename', doc.uri, positionAfter(doc, 'content_pillars:', 'ig-main', 2));
    assert.strictEqual(prepared.placeholder, 'ig-main');
    assert.strictEqual(doc.getText(prepared.range), 'ig-main');

    const edit = await rename(doc, positionOf(doc, 'id: ig-main', { offset: 6 }), 'instagram-main');
    assert.ok(await vscode.workspace.applyEdit(edit), 'the edit applies');
    // Every ig-main in the example is the id or a reference to it (flow lists, block maps, KPIs…).
    assert.strictEqual(doc.getText(), before.split('ig-main').join('instagram-main'));
  });

  test('rename keeps quotes and works from a block-list reference', async () => {
    const doc = await openUntitled([
      'audiences:',
      '  - id: "students"',
      'channels:',
      '  - id: ig',
      '    audiences:',
      '      - students',
      '  - { id: tg, audiences: [\'students\'] }',
    ].join('\n'));
    const edit = await rename(doc, positionOf(doc, '- students', { offset: 4 }), 'learners');
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.strictEqual(doc.getText(), [
      'audiences:',
      '  - id: "learners"',
      'channels:',
      '  - id: ig',
      '    audiences:',
      '      - learners',
      '  - { id: tg, audiences: [\'learners\'] }',
    ].join('\n'));
  });

  test('rename refuses collisions, invalid ids and positions that are no id', async () => {
    const doc = await openExample('nush-coffee.en.smm.yaml');
    const onStudents = positionOf(doc, 'id: students', { offset: 5 });

    const collision = await refusal(() => vscode.commands.executeCommand('vscode.executeDocumentRenameProvider', doc.uri, onStudents, 'young-professionals'));
    assert.strictEqual(collision, "'young-professionals' is already the id of another item in audiences: ids must be unique within a section.");

    const invalid = await refusal(() => vscode.commands.executeCommand('vscode.executeDocumentRenameProvider', doc.uri, onStudents, 'Students'));
    assert.match(invalid, /^'Students' is not a valid id/);

    const notAnId = await refusal(() => vscode.commands.executeCommand('vscode.prepareRename', doc.uri, positionOf(doc, 'name: University students', { offset: 8 })));
    assert.strictEqual(notAnId, "Only ids can be renamed: put the cursor on an item's id or on a reference to it.");

    assert.strictEqual(doc.isDirty, false, 'a refused rename changes nothing');
  });
});
