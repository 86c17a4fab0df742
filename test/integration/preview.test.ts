// The preview panel in a real extension host: the commands open a webview tab of the extension's
// view type beside the strategy or in its place, a second command reuses the tab, an unlocked
// preview follows the active strategy editor while a locked one stays on its file, and the
// panel's serializer is there for a reload.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, openExample, waitForEvent } from './support';

/** VS Code may prefix an extension's view type (`mainThreadWebview-smm.preview`). */
function isPreviewTab(tab: vscode.Tab): tab is vscode.Tab & { input: vscode.TabInputWebview } {
  return tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('smm.preview');
}

function previewTabs(): (vscode.Tab & { input: vscode.TabInputWebview })[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs.filter(isPreviewTab));
}

/** Waits until the preview tabs satisfy `check` (tabs open and are renamed asynchronously). */
function waitForPreviewTabs(check: (tabs: vscode.Tab[]) => boolean, what: string): Promise<vscode.Tab[]> {
  return waitForEvent(
    vscode.window.tabGroups.onDidChangeTabs,
    () => (check(previewTabs()) ? previewTabs() : undefined),
    15_000,
    () => `${what}; preview tabs: ${JSON.stringify(previewTabs().map((t) => `${t.label} (group ${t.group.viewColumn})`))}`,
  );
}

suite('Preview', () => {
  suiteSetup(activateExtension);
  teardown(closeAllEditors);

  test('"Open Preview to the Side" opens the plan in a webview tab beside the strategy', async () => {
    const doc = await openExample('nush-coffee.en.smm.yaml');
    const column = vscode.window.activeTextEditor?.viewColumn;
    await vscode.commands.executeCommand('smm.showPreviewToSide');
    const [tab] = await waitForPreviewTabs((tabs) => tabs.length === 1 && tabs[0]!.label === 'Preview nush-coffee.en.smm.yaml', 'the preview tab of nush-coffee');
    assert.strictEqual(tab?.group.viewColumn, (column ?? 1) + 1);
    // The editor keeps the focus: the user goes on typing beside the plan.
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), doc.uri.toString());

    // Asked again, the same tab is shown: one preview per file.
    await vscode.commands.executeCommand('smm.showPreviewToSide');
    assert.strictEqual(previewTabs().length, 1);
  });

  test('"Open Preview" opens it in the editor\'s group, for a file given by the explorer, titled in the strategy\'s language', async () => {
    const doc = await openExample('glina-studio.ru.smm.yaml');
    await vscode.commands.executeCommand('smm.showPreview', doc.uri);
    const [tab] = await waitForPreviewTabs(
      (tabs) => tabs.length === 1 && tabs[0]!.isActive && tabs[0]!.label === 'Предпросмотр glina-studio.ru.smm.yaml',
      'the active preview tab of glina-studio',
    );
    assert.strictEqual(tab?.group.viewColumn, vscode.ViewColumn.One);
  });

  test('an unlocked preview follows the active strategy editor; a locked one stays on its file', async () => {
    await openExample('nush-coffee.en.smm.yaml');
    await vscode.commands.executeCommand('smm.showPreviewToSide');
    await waitForPreviewTabs((tabs) => tabs.length === 1, 'the preview of nush-coffee');

    await vscode.window.showTextDocument(await openExample('kumayri-bakery.hy.smm.yaml', { show: false }), vscode.ViewColumn.One);
    await waitForPreviewTabs((tabs) => tabs[0]?.label === 'Նախադիտում՝ kumayri-bakery.hy.smm.yaml', 'the preview to follow the editor to kumayri-bakery');

    // Lock it: the command acts on the active preview, so focus it first.
    const tab = previewTabs()[0]!;
    await vscode.commands.executeCommand('workbench.action.focusSecondEditorGroup');
    await waitForEvent(vscode.window.tabGroups.onDidChangeTabGroups, () => (tab.group.isActive ? true : undefined), 15_000, () => 'the preview group to be active');
    await vscode.commands.executeCommand('smm.togglePreviewLock');
    await waitForPreviewTabs((tabs) => tabs[0]?.label === '[Նախադիտում] kumayri-bakery.hy.smm.yaml', 'the locked title');

    await vscode.window.showTextDocument(await openExample('glina-studio.ru.smm.yaml', { show: false }), vscode.ViewColumn.One);
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.path.endsWith('glina-studio.ru.smm.yaml'), true);
    // The locked preview keeps its file. Open a preview of the new file to the side: it is a
    // second tab, and the locked one is still on kumayri-bakery.
    await vscode.commands.executeCommand('smm.showPreviewToSide');
    const labels = (ts: vscode.Tab[]) => ts.map((t) => t.label).sort().join(' | ');
    await waitForPreviewTabs(
      (ts) => labels(ts) === '[Նախադիտում] kumayri-bakery.hy.smm.yaml | Предпросмотр glina-studio.ru.smm.yaml',
      'a second preview beside the locked one, which keeps its file',
    );
  });

  test('the preview panel is restored after a reload: its serializer is registered', async () => {
    // Registering a second serializer for a view type that has one throws.
    assert.throws(() => vscode.window.registerWebviewPanelSerializer('smm.preview', { deserializeWebviewPanel: async () => undefined }));
  });
});
