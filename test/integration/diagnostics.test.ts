// Live diagnostics as the Problems pane gets them: rule code with its docs link, exact range,
// severity, source and related places; updates as the user types; settings applied live;
// cleared on close. Workspace-wide linting is in workspaceLint.test.ts.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { noAudience as noAudienceRule } from '../../src/core/rules/no-audience';
import {
  activateExtension, closeAllEditors, describeDiagnostics, openUntitled, rangeOf, ruleOf, setSetting, waitForDiagnostics,
} from './support';

const STRATEGY = [
  'version: 1',
  'brand: { name: Test }',
  'goals:',
  '  - { id: reach, type: awareness, title: T, primary: true, why: W, deadline: 2025-01-01, kpis: [{ metric: reach, target: 5 }] }',
  '  - { id: reach, type: sales, title: U, why: W, deadline: 2025-01-01, kpis: [{ metric: orders, target: 5 }] }',
  'channels:',
  '  - { id: ig, network: instagarm }',
  '',
].join('\n');

const byRule = (ds: readonly vscode.Diagnostic[], rule: string) => ds.filter((d) => ruleOf(d) === rule);

suite('Diagnostics', () => {
  suiteSetup(() => activateExtension());
  teardown(async () => {
    await setSetting('rules.customizations', undefined);
    await setSetting('locale', undefined);
    await closeAllEditors();
  });

  test('carry the rule id, a docs link, the exact range, severity and related places', async () => {
    const doc = await openUntitled(STRATEGY);
    const ds = await waitForDiagnostics(doc.uri, (d) => byRule(d, 'duplicate-id').length === 1);

    const [duplicate] = byRule(ds, 'duplicate-id');
    assert.deepStrictEqual(duplicate!.range, rangeOf(doc, 'reach', { occurrence: 2 }), describeDiagnostics(ds));
    assert.strictEqual(duplicate!.severity, vscode.DiagnosticSeverity.Error);
    assert.strictEqual(duplicate!.source, 'smm');
    const code = duplicate!.code as { value: string; target: vscode.Uri };
    assert.ok(code.target.path.endsWith('/docs/rules/duplicate-id.md'), code.target.toString());
    assert.strictEqual(duplicate!.relatedInformation?.length, 1);
    assert.deepStrictEqual(duplicate!.relatedInformation![0]!.location.range, rangeOf(doc, 'reach', { occurrence: 0 }));

    const [typo] = byRule(ds, 'schema/enum');
    assert.deepStrictEqual(typo!.range, rangeOf(doc, 'instagarm'));
    assert.strictEqual(typo!.message, "'instagarm' is not a known value for 'network'. Did you mean 'instagram'?");
  });

  test('follow the text as the user types', async () => {
    const doc = await openUntitled(STRATEGY);
    await waitForDiagnostics(doc.uri, (d) => byRule(d, 'schema/enum').length === 1);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(doc.uri, rangeOf(doc, 'instagarm'), 'instagram');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const ds = await waitForDiagnostics(doc.uri, (d) => byRule(d, 'schema/enum').length === 0);
    assert.ok(byRule(ds, 'duplicate-id').length === 1, 'the other problems stay');
  });

  test('apply severity and language settings live', async () => {
    // Same document version before and after: this fails if the problems are re-linted before the
    // analysis dropped the results of the old settings.
    const doc = await openUntitled(STRATEGY);
    await waitForDiagnostics(doc.uri, (d) => byRule(d, 'duplicate-id').length === 1);

    await setSetting('rules.customizations', [{ rule: 'duplicate-*', severity: 'off' }, { rule: 'no-*', severity: 'info' }]);
    const ds = await waitForDiagnostics(doc.uri, (d) => byRule(d, 'duplicate-id').length === 0);
    const noAudience = byRule(ds, 'no-audience');
    assert.strictEqual(noAudience.length, 1, describeDiagnostics(ds));
    assert.strictEqual(noAudience[0]!.severity, vscode.DiagnosticSeverity.Information);

    // The extension's bundle carries Armenian and Russian as UTF-8 text, this test's bundle as
    // escapes: the messages must arrive exactly as the catalogue has them.
    for (const locale of ['ru', 'hy'] as const) {
      await setSetting('locale', locale);
      const expected = noAudienceRule.messages.missing[locale];
      await waitForDiagnostics(doc.uri, (d) => byRule(d, 'no-audience')[0]?.message === expected);
    }
  });

  test('are cleared when the document closes', async () => {
    const doc = await openUntitled(STRATEGY);
    await waitForDiagnostics(doc.uri, (d) => d.length > 0);
    await closeAllEditors();
    await waitForDiagnostics(doc.uri, (d) => d.length === 0);
  });
});

suite('Commands', () => {
  suiteSetup(() => activateExtension());
  teardown(closeAllEditors);

  test('every command is in the palette under the SMM category', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const id of ['smm.newStrategy', 'smm.lintWorkspace', 'smm.showRuleDocs']) assert.ok(commands.includes(id), id);
    const contributed = (vscode.extensions.getExtension('smm-strategy.smm-strategy')!.packageJSON as { contributes: { commands: { command: string; category: string }[] } }).contributes.commands;
    assert.ok(contributed.every((c) => c.category === 'SMM'));
  });
});

