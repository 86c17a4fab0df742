// The settings the manifest lists in `restrictedConfigurations` come from a workspace's own
// settings (.vscode/settings.json) only when the workspace is trusted. This suite runs in every
// integration run: trusted (test:integration, test:web), where they apply, and in Restricted Mode
// (test:restricted), where VS Code hides them from the extension, so a repository the user has
// just cloned cannot silence its problems or make linting expensive.
import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  activateExtension, closeAllEditors, describeDiagnostics, EXTENSION_ID, openUntitled, ruleOf, smmDiagnostics, waitForDiagnostics,
} from './support';

/** Two goals with the same id, and no audience. */
const STRATEGY = [
  'version: 1',
  'brand: { name: Test }',
  'goals:',
  '  - { id: reach, type: awareness, title: T, primary: true }',
  '  - { id: reach, type: sales, title: U }',
  '',
].join('\n');

/** A value for each restricted setting that differs from its default. */
const WORKSPACE_VALUES: Record<string, unknown> = {
  'smm.validation.enabled': false,
  'smm.rules.customizations': [{ rule: '*', severity: 'off' }],
  'smm.lintWorkspace': true,
  'smm.lintWorkspaceMaxFiles': 3,
  'smm.lintWorkspaceMaxFileSizeKB': 2,
};

function restrictedSettings(): string[] {
  const manifest = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as {
    capabilities: { untrustedWorkspaces: { restrictedConfigurations?: string[] } };
  };
  return manifest.capabilities.untrustedWorkspaces.restrictedConfigurations ?? [];
}

async function setWorkspaceSetting(id: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration().update(id, value, vscode.ConfigurationTarget.Workspace);
}

suite('Workspace trust', () => {
  suiteSetup(() => activateExtension());
  teardown(async () => {
    for (const id of [...restrictedSettings(), 'smm.locale']) await setWorkspaceSetting(id, undefined);
    await closeAllEditors();
  });

  test('the workspace is trusted, except in the Restricted Mode run', () => {
    // The Node runner says which run this is; the web host has no environment and always trusts.
    const restrictedRun = typeof process !== 'undefined' && process.env.SMM_TEST_RESTRICTED === '1';
    assert.strictEqual(vscode.workspace.isTrusted, !restrictedRun);
  });

  test('a workspace can silence problems only when it is trusted; its language setting applies either way', async () => {
    const doc = await openUntitled(STRATEGY);
    const before = await waitForDiagnostics(doc.uri, (ds) => ds.some((d) => ruleOf(d) === 'duplicate-id'));

    await setWorkspaceSetting('smm.rules.customizations', [{ rule: 'duplicate-id', severity: 'off' }]);
    // Set after it: once the Russian messages are out, the severity change has been applied too.
    await setWorkspaceSetting('smm.locale', 'ru');
    const after = await waitForDiagnostics(doc.uri, (ds) => ds.some((d) => d.message.startsWith('Нет целевой аудитории')));

    const duplicates = after.filter((d) => ruleOf(d) === 'duplicate-id');
    if (vscode.workspace.isTrusted) assert.deepStrictEqual(duplicates, [], describeDiagnostics(after));
    else assert.strictEqual(after.length, before.length, describeDiagnostics(smmDiagnostics(doc.uri)));
  });

  test('what the extension reads of each restricted setting', async () => {
    const restricted = restrictedSettings();
    assert.deepStrictEqual([...restricted].sort(), Object.keys(WORKSPACE_VALUES).sort(), 'a workspace value for each restricted setting');
    for (const id of restricted) await setWorkspaceSetting(id, WORKSPACE_VALUES[id]);
    for (const id of restricted) {
      const read = vscode.workspace.getConfiguration().inspect(id)!;
      const value = vscode.workspace.getConfiguration().get(id);
      assert.deepStrictEqual(value, vscode.workspace.isTrusted ? WORKSPACE_VALUES[id] : read.defaultValue, `${id} (trusted: ${vscode.workspace.isTrusted})`);
    }
  });
});
