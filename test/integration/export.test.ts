// "SMM: Export Plan as HTML" writes the strategy in the editor as a standalone page that runs no
// scripts, through the workspace file system (so in the web worker host too). The tests pass the
// command's `target`, which stands in for the answer to the save dialog.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ExportOptions } from '../../src/host/commands/exportPlan';
import { activateExtension, closeAllEditors, exampleUri, openExample } from './support';

/** Pages a test wrote into the scratch workspace; removed after each test. */
const written: vscode.Uri[] = [];
let count = 0;

/** A page name no other test uses. */
function freshTarget(name: string): vscode.Uri {
  const uri = exampleUri(`${name}-export-${++count}.html`);
  written.push(uri);
  return uri;
}

function exportHtml(options: ExportOptions): Thenable<vscode.Uri | undefined> {
  return vscode.commands.executeCommand<vscode.Uri | undefined>('smm.exportHtml', options);
}

async function read(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

/** The text of each `<tag>` of the page, in order (the plan's headings carry attributes but no markup inside). */
function texts(page: string, tag: string): string[] {
  return [...page.matchAll(new RegExp(`<${tag}(?: [^>]*)?>([^<]*)</${tag}>`, 'g'))].map((m) => m[1]!);
}

suite('Export Plan as HTML', () => {
  suiteSetup(() => activateExtension());
  teardown(async () => {
    await closeAllEditors();
    for (const uri of written.splice(0)) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
  });

  test('writes the active strategy as a standalone page: the script-blocking policy first, the plan, no script', async () => {
    await openExample('nush-coffee.en.smm.yaml');
    const target = freshTarget('nush-coffee');
    const result = await exportHtml({ target });
    assert.strictEqual(result?.toString(), target.toString());

    const page = await read(target);
    assert.ok(
      page.startsWith('<!doctype html>\n<html lang="en">\n<head>\n<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'sha256-'),
      page.slice(0, 300),
    );
    assert.doesNotMatch(page, /<script/i);
    assert.doesNotMatch(page, /\son[a-z]+=/i);
    assert.deepEqual(texts(page, 'h1'), ['SMM strategy: Nush Coffee']);
    const headings = texts(page, 'h2');
    assert.deepEqual(headings.slice(0, 4), ['Goals: what do we want to achieve?', 'Target audience: whom will we work with?', 'Value: what do we offer?', 'Social networks: where will we be?']);
    assert.strictEqual(headings.at(-1), "Let's sum up");
    assert.ok(texts(page, 'h3').includes('Fill weekday afternoons with the student offer'));
  });

  test('exports the text in the editor, unsaved edits included, in the language of the file', async () => {
    const doc = await openExample('glina-studio.ru.smm.yaml');
    const name = /^ {2}name: (.*)$/m.exec(doc.getText());
    assert.ok(name, 'the example has a brand name');
    const edit = new vscode.WorkspaceEdit();
    const at = doc.getText().indexOf(name[0]) + '  name: '.length;
    edit.replace(doc.uri, new vscode.Range(doc.positionAt(at), doc.positionAt(at + name[1]!.length)), 'Мастерская «Тест»');
    assert.ok(await vscode.workspace.applyEdit(edit));

    const target = freshTarget('glina');
    await exportHtml({ source: doc.uri, target });
    const page = await read(target);
    assert.match(page, /^<!doctype html>\n<html lang="ru">/);
    assert.deepEqual(texts(page, 'title'), ['SMM-стратегия: Мастерская «Тест»']);
    assert.strictEqual(texts(page, 'h2')[0], 'Цели: чего мы хотим достичь?');
  });

  test('never writes over the strategy itself', async () => {
    const doc = await openExample('kumayri-bakery.hy.smm.yaml');
    const before = await read(doc.uri);
    assert.strictEqual(await exportHtml({ target: doc.uri }), undefined);
    assert.strictEqual(await read(doc.uri), before);
  });
});
