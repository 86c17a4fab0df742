// The guided start in the real VS Code: "SMM: New Strategy" writes a file named after the brand
// (never over another one), or an unsaved editor so named when no folder is given, whose only
// problems are the article's four questions in order; and the Get Started walkthrough, whose
// steps run their commands.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, examplesFolder, EXTENSION_ID, poll, ruleOf, waitForDiagnostics } from './support';

/** The article's four questions, as the rules that report them open, in the file's order. */
const FOUR_QUESTIONS = ['no-goals', 'no-audience', 'no-channels', 'no-value-proposition'];

/** Files a test created in the scratch workspace; removed after each test. */
const created: vscode.Uri[] = [];

async function newStrategy(args: Record<string, unknown>): Promise<vscode.TextEditor> {
  const editor = await vscode.commands.executeCommand<vscode.TextEditor | undefined>('smm.newStrategy', args);
  assert.ok(editor, 'an editor for the new strategy');
  if (!editor.document.isUntitled) created.push(editor.document.uri);
  return editor;
}

function fileName(uri: vscode.Uri): string {
  return uri.path.split('/').pop()!;
}

/** The rules of the file's problems once all four questions are listed, in the order of the file. */
async function openQuestions(uri: vscode.Uri): Promise<string[]> {
  const ds = await waitForDiagnostics(uri, (d) => d.length >= FOUR_QUESTIONS.length);
  return [...ds].sort((a, b) => a.range.start.compareTo(b.range.start)).map((d) => ruleOf(d) ?? '');
}

suite('New Strategy', () => {
  suiteSetup(() => activateExtension());
  teardown(async () => {
    await closeAllEditors();
    for (const uri of created.splice(0)) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
  });

  test('writes <brand>.smm.yaml into the folder, in the language chosen, with the four questions as its only problems', async () => {
    const editor = await newStrategy({ brand: 'Глина Студия', locale: 'ru', folder: examplesFolder() });
    const doc = editor.document;
    assert.strictEqual(fileName(doc.uri), 'глина-студия.smm.yaml');
    assert.strictEqual(doc.isDirty, false, 'written to disk');
    assert.strictEqual(doc.languageId, 'smm-strategy');
    assert.strictEqual(vscode.window.activeTextEditor?.document, doc);
    assert.match(doc.getText(), /\nlocale: ru\n/);
    assert.match(doc.getText(), /\nbrand:\n {2}name: Глина Студия\n/);
    assert.match(doc.lineAt(1).text, /^# Стратегия в соцсетях\./);
    assert.deepStrictEqual(await openQuestions(doc.uri), FOUR_QUESTIONS);
    const onDisk = new TextDecoder().decode(await vscode.workspace.fs.readFile(doc.uri));
    assert.strictEqual(onDisk, doc.getText());
  });

  test('never overwrites a file: the next strategy of the same brand gets the next free name', async () => {
    const first = await newStrategy({ brand: 'Nush Coffee', locale: 'en', folder: examplesFolder() });
    const second = await newStrategy({ brand: 'Nush Coffee', locale: 'hy', folder: examplesFolder() });
    assert.deepStrictEqual([fileName(first.document.uri), fileName(second.document.uri)], ['nush-coffee.smm.yaml', 'nush-coffee-2.smm.yaml']);
    assert.match(new TextDecoder().decode(await vscode.workspace.fs.readFile(first.document.uri)), /\nlocale: en\n/);
    assert.match(second.document.getText(), /\nlocale: hy\n/);
  });

  test('without a folder, opens an unsaved editor named after the brand', async () => {
    const editor = await newStrategy({ brand: 'Կումայրի', locale: 'hy', folder: null });
    const doc = editor.document;
    assert.ok(doc.isUntitled);
    // The web worker host resolves no name without a folder: there it is an "Untitled-1".
    if (typeof process !== 'undefined') assert.strictEqual(fileName(doc.uri), 'կումայրի.smm.yaml');
    assert.strictEqual(doc.languageId, 'smm-strategy');
    assert.match(doc.getText(), /^# yaml-language-server: \$schema=https:\/\/smm-strategy\.dev\/schemas\/smm\.schema\.json\n# Սոցիալական մեդիայի ռազմավարություն/);
    assert.deepStrictEqual(await openQuestions(doc.uri), FOUR_QUESTIONS);
  });

  test('refuses a brand name that is not one line of text, saying why', async () => {
    await assert.rejects(
      Promise.resolve(vscode.commands.executeCommand('smm.newStrategy', { brand: '  ', locale: 'en', folder: examplesFolder() })),
      /Write the brand name\./,
    );
  });
});

interface Step {
  readonly id: string;
  readonly description: string;
}

/** The command links of a step's description, with their arguments. */
function commandLinks(step: Step): { command: string; args: unknown[] }[] {
  return [...step.description.matchAll(/\(command:([\w.]+)(?:\?([^)\s]+))?\)/g)].map((m) => ({
    command: m[1]!,
    args: m[2] ? (JSON.parse(decodeURIComponent(m[2])) as unknown[]) : [],
  }));
}

suite('Get Started walkthrough', () => {
  suiteSetup(() => activateExtension());
  teardown(async () => {
    await vscode.commands.executeCommand('hideSuggestWidget');
    await closeAllEditors();
    for (const uri of created.splice(0)) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
  });

  const walkthroughs = () => (vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as { contributes: { walkthroughs: { id: string; steps: Step[] }[] } }).contributes.walkthroughs;

  test('is contributed in the article\'s order, and opens', async () => {
    const ids = walkthroughs().map((w) => [w.id, w.steps.map((s) => s.id)]);
    const steps = ['why', 'forWhom', 'where', 'value', 'preview'];
    assert.deepStrictEqual(ids, [['smm.start', steps], ['smm.start.hy', steps]]);
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', `${EXTENSION_ID}#smm.start`, false);
  });

  test("each step's button runs its command without error", async () => {
    const editor = await newStrategy({ brand: 'Walkthrough', locale: 'en', folder: examplesFolder() });
    await openQuestions(editor.document.uri);
    const registered = new Set(await vscode.commands.getCommands(true));
    const contributed = new Set((vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as { contributes: { commands: { command: string }[] } })
      .contributes.commands.map((c) => c.command));
    const ran: string[] = [];
    for (const step of walkthroughs()[0]!.steps) {
      for (const { command, args } of commandLinks(step)) {
        // The preview's command comes with the preview: a step may link to it before it is built.
        if (!registered.has(command) && !contributed.has(command) && command.startsWith('smm.')) continue;
        assert.ok(registered.has(command), `${step.id}: ${command} is a command`);
        if (command === 'smm.newStrategy') await cancelledNewStrategy();
        else await vscode.commands.executeCommand(command, ...args);
        ran.push(`${step.id}: ${command}`);
      }
    }
    assert.ok(ran.length >= 4, ran.join(', '));
    // The steps on completion and quick fixes put the cursor where they are about.
    const at = await vscode.commands.executeCommand<vscode.Position>('smm.walkthrough.suggest', 'audiences');
    assert.strictEqual(editor.document.lineAt(at.line).text.slice(0, at.character), 'audiences: [');
    const fixAt = await vscode.commands.executeCommand<vscode.Position>('smm.walkthrough.quickFix', 'value');
    assert.strictEqual(editor.document.lineAt(fixAt.line).text, 'value: {}');
  });
});

/** Runs New Strategy as its button does, with no answers, and cancels its first question. */
async function cancelledNewStrategy(): Promise<void> {
  let settled = false;
  const run = Promise.resolve(vscode.commands.executeCommand('smm.newStrategy')).finally(() => (settled = true));
  // The input box appears some moments later; close it until the command has ended.
  await poll(async () => {
    if (!settled) await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    return settled ? true : undefined;
  }, undefined, () => 'New Strategy to end when its question is cancelled', 100);
  assert.strictEqual(await run, undefined);
}
