// Hover in the real VS Code: schema documentation for keys and enum values, an id's target, and
// the explanation of the rule behind a problem, in the file's language.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, openUntitled, openExample, poll, positionOf, waitForRule } from './support';

/** The markdown of every hover part at `position` (ours and any other provider's), joined. */
async function hoverText(doc: vscode.TextDocument, position: vscode.Position): Promise<{ text: string; parts: vscode.MarkdownString[]; hovers: vscode.Hover[] }> {
  return poll(async () => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, position);
    const parts = hovers.flatMap((h) => h.contents).filter((c): c is vscode.MarkdownString => typeof c === 'object' && 'value' in c);
    return parts.length > 0 ? { text: parts.map((p) => p.value).join('\n\n'), parts, hovers } : undefined;
  }, undefined, () => `a hover at ${position.line}:${position.character}`);
}


suite('Hover', () => {
  suiteSetup(async () => {
    await activateExtension();
  });
  teardown(closeAllEditors);

  test("shows a key's schema documentation over the key", async () => {
    const doc = await openExample('nush-coffee.en.smm.yaml');
    // The first channel's network (indented under `- id: ig-main`, unlike the competitors' ones).
    const at = positionOf(doc, '    network: instagram', { offset: 6 });
    const { text, hovers } = await hoverText(doc, at);
    assert.match(text, /^\*\*Network\*\*\n\nThe social network of this channel/);
    const range = hovers[0]!.range!;
    assert.strictEqual(doc.getText(range), 'network');
  });

  test("shows an enum value's own description", async () => {
    const doc = await openExample('nush-coffee.en.smm.yaml');
    const { text } = await hoverText(doc, positionOf(doc, '    network: instagram', { offset: '    network: in'.length }));
    assert.match(text, /^\*\*Network\*\*: `instagram`\n\n\*\*Instagram\*\*/);
  });

  test('shows which item an id refers to and where it is defined', async () => {
    const doc = await openExample('nush-coffee.en.smm.yaml');
    const { text } = await hoverText(doc, positionOf(doc, 'audiences: [students, young-professionals]', { offset: 'audiences: [st'.length }));
    const line = positionOf(doc, 'id: students').line + 1;
    assert.strictEqual(text, `**Audience** students — University students\n\nDefined on line ${line}\\.`);
  });

  test("explains the rule behind a problem, with a link to the rule's documentation", async () => {
    const doc = await openExample('mistakes.smm.yaml');
    await waitForRule(doc.uri, 'goal-without-why');
    const { text, parts } = await hoverText(doc, positionOf(doc, 'id: more-followers', { offset: 'id: mo'.length }));
    assert.match(text, /\*\*goal\\-without\\-why\*\* — /);
    assert.match(text, /\*Why:\* /);
    assert.match(text, /\[Rule documentation\]\(command:smm\.showRuleDocs\?%5B%22goal-without-why%22%5D/);
    // Only our own command may run from the hover.
    const ours = parts.find((p) => p.value.includes('command:smm.showRuleDocs'))!;
    assert.deepStrictEqual(ours.isTrusted, { enabledCommands: ['smm.showRuleDocs'] });
  });

  test("explains problems in the file's language", async () => {
    const doc = await openUntitled(['locale: ru', 'version: 1', 'brand: { name: Глина }', ''].join('\n'));
    await waitForRule(doc.uri, 'no-goals');
    // A problem about the whole file sits at its end.
    const { text } = await hoverText(doc, doc.positionAt(doc.getText().length));
    assert.match(text, /\*\*no\\-goals\*\* — В стратегии указана хотя бы одна цель\./);
    assert.match(text, /\*Почему:\* /);
    assert.match(text, /\[Документация правила\]\(command:smm\.showRuleDocs/);
  });

  test('is all in Armenian for an Armenian file: a key, then an enum value', async () => {
    const doc = await openExample('kumayri-bakery.hy.smm.yaml');
    const key = await hoverText(doc, positionOf(doc, '    network: facebook', { offset: 6 }));
    assert.strictEqual(key.text, '**Սոցիալական ցանց**\n\nԱյս ալիքի սոցիալական ցանցը։');
    const value = await hoverText(doc, positionOf(doc, '    network: facebook', { offset: '    network: face'.length }));
    assert.strictEqual(value.text, '**Սոցիալական ցանց**: `facebook`\n\nFacebook\\-ի էջեր և խմբեր։');
  });

  test('is all in Russian for a Russian file: the field of a wrong value and the check that found it', async () => {
    const doc = await openUntitled(['locale: ru', 'version: 1', 'brand: { name: Глина }', 'channels:', '  - id: vk-group', '    network: vkontakte'].join('\n'));
    await waitForRule(doc.uri, 'schema/enum');
    const { text } = await hoverText(doc, positionOf(doc, 'vkontakte', { offset: 3 }));
    assert.match(text, /\*\*Соцсеть\*\*\n\nСоциальная сеть этого канала\\\.\n\n---\n\n\*\*schema\*\* — Структура файла проверяется по схеме стратегии/);
    assert.doesNotMatch(text, /\b(the|and|of|to|is|for|with)\b/i, 'no English words');
  });

  test('escapes text from the file, so it cannot add links or markup', async () => {
    const doc = await openUntitled([
      'version: 1',
      'audiences:',
      '  - id: students',
      '    name: "[open](command:workbench.action.quit) <b>x</b>"',
      'channels:',
      '  - id: ig',
      '    audiences: [students]',
    ].join('\n'));
    const { text } = await hoverText(doc, positionOf(doc, '[students]', { offset: 3 }));
    assert.strictEqual(text, '**Audience** students — \\[open\\]\\(command\\:workbench\\.action\\.quit\\) \\<b\\>x\\<\\/b\\>\n\nDefined on line 3\\.');
  });
});
