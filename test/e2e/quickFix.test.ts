// A quick fix in a real VS Code (the packaged .vsix installed): on a mistyped network, Ctrl+.
// offers the nearest valid value first and the actions on the rule last (documentation once);
// applying the fix changes that value and nothing else, the problem leaves the Problems pane, the
// file is not written to disk, and Undo takes the fix back.
import * as assert from 'node:assert/strict';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { lineAt, positionOf, withLine, workspaceFile } from './support/files';
import { e2e, useWorkbench } from './support/session';
import { type Problem } from './support/workbench';

const MISTAKES = 'mistakes.smm.yaml';
const FIX = "Change 'instagarm' to 'instagram'";

suite('Quick fix', () => {
  const wb = useWorkbench('quick-fix');

  teardown(async () => {
    await wb().closeWidgets();
    await wb().revertActiveEditor();
  });

  test("on 'network: instagarm' Ctrl+. offers 'instagram'; applying it fixes the text and clears the schema problem", async () => {
    const saved = workspaceFile(MISTAKES);
    const at = positionOf(saved, 'network: instagarm', 'network: insta'.length);
    const line = lineAt(saved, at.line);
    const isEnumProblem = (p: Problem) => p.line === at.line && p.code.startsWith('schema');

    await wb().quickOpen(MISTAKES);
    const before = await wb().waitForProblems((ps) => ps.some(isEnumProblem), {
      file: MISTAKES,
      description: `a schema problem on line ${at.line}`,
    });
    const problem = before.find(isEnumProblem)!;
    assert.equal(problem.code, 'schema/enum');
    assert.match(problem.message, /instagarm/);

    const titles = await wb().quickFixesAt(at.line, at.column);
    await wb().screenshot('quick fix menu on instagarm');
    assert.equal(titles[0], FIX, `the replacement comes first: ${JSON.stringify(titles)}`);
    assert.equal(titles.filter((t) => t === FIX).length, 1, `offered once: ${JSON.stringify(titles)}`);
    // A short menu: the fixes, then the actions on the rule at the cursor, its documentation once.
    assert.deepEqual(titles.slice(-4), [
      "Disable 'schema/enum' for this line", "Disable 'schema/enum' for the whole file", "Change how 'schema/enum' is reported…", "Show documentation for 'schema/enum'",
    ], JSON.stringify(titles));
    assert.equal(titles.filter((t) => t.startsWith('Show documentation')).length, 1, JSON.stringify(titles));
    await wb().closeWidgets();

    await wb().applyQuickFix(at.line, at.column, FIX);
    const fixed = line.replace('instagarm', 'instagram');
    assert.equal(await wb().editorText(), withLine(saved, at.line, fixed), 'only the value changed; the comment is kept');
    await wb().goTo(at.line, at.column);

    // The schema problem leaves the pane; the file's other problems stay (the pane was read
    // after the update, not while empty).
    const after = await wb().waitForProblems((ps) => !ps.some(isEnumProblem) && ps.some((p) => p.code === 'no-value-proposition'), {
      file: MISTAKES,
      description: `no schema problem on line ${at.line} after the fix`,
    });
    await wb().screenshot('instagram applied, schema problem gone');
    assert.equal(after.length, before.length - 1, 'exactly one problem fewer');

    // A quick fix edits the open document; it never writes to disk.
    assert.equal(await wb().page.locator('.tabs-container .tab.active.dirty').count(), 1, 'the editor has unsaved changes');
    assert.equal(workspaceFile(MISTAKES), saved, 'the file on disk is unchanged');

    // One Undo takes the whole fix back, and the problem returns.
    await wb().focusEditor();
    await wb().page.keyboard.press('Control+Z');
    assert.equal(await wb().editorText(), saved);
    await wb().waitForProblems((ps) => ps.some(isEnumProblem), { file: MISTAKES, description: `the schema problem back on line ${at.line} after Undo` });
  });

  test('"Change how … is reported…" asks for the severity, and the Problems pane follows the answer', async () => {
    const saved = workspaceFile(MISTAKES);
    const at = positionOf(saved, 'network: instagarm', 'network: insta'.length);
    const isEnumProblem = (p: Problem) => p.line === at.line && p.code === 'schema/enum';
    await wb().quickOpen(MISTAKES);
    await wb().waitForProblems((ps) => ps.some((p) => isEnumProblem(p) && p.severity === 'error'), { file: MISTAKES, description: 'the schema problem, as an error' });
    const folder = join(e2e.workspace, '.vscode');
    const hadFolder = existsSync(folder);
    try {
      await wb().applyQuickFix(at.line, at.column, "Change how 'schema/enum' is reported…");
      await wb().screenshot('severity question');
      await wb().pickInQuickInput(/^As a warning$/);
      await wb().waitForProblems((ps) => ps.some((p) => isEnumProblem(p) && p.severity === 'warning'), {
        file: MISTAKES,
        description: 'the schema problem, now a warning',
      });
      await wb().screenshot('schema problem reported as a warning');
      assert.deepEqual(JSON.parse(workspaceFile('.vscode/settings.json'))['smm.rules.customizations'], [{ rule: 'schema/enum', severity: 'warning' }]);
    } finally {
      // Back to the workspace as it was: the settings file, or the folder the command created for it.
      rmSync(hadFolder ? join(folder, 'settings.json') : folder, { recursive: true, force: true });
    }
    await wb().waitForProblems((ps) => ps.some((p) => isEnumProblem(p) && p.severity === 'error'), { file: MISTAKES, description: 'the schema problem, an error again' });
  });

  test('in an Armenian strategy the menu speaks Armenian, the fix first and the rule\'s actions last', async () => {
    const file = 'kumayri-bakery.hy.smm.yaml';
    const value = 'network: google_business_profile';
    const at = positionOf(workspaceFile(file), value, value.length);
    await wb().quickOpen(file);
    await wb().goTo(at.line, at.column);
    await wb().type('x');
    await wb().waitForProblems((ps) => ps.some((p) => p.line === at.line && p.code === 'schema/enum'), { file, description: 'the typo reported' });
    const titles = await wb().quickFixesAt(at.line, at.column);
    await wb().screenshot('Armenian quick fix menu');
    assert.deepEqual(titles, [
      "Փոխարինել 'google_business_profilex'-ը 'google_business_profile'-ով",
      "Անջատել 'schema/enum' կանոնը այս տողի համար",
      "Անջատել 'schema/enum' կանոնը ամբողջ ֆայլի համար",
      // The unknown network is also one no audience uses (channel-audience-fit): either rule's severity can change.
      'Փոխել, թե ինչպես նշել այստեղի կանոններից մեկի խնդիրները…',
      "Ցույց տալ 'schema/enum' կանոնի նկարագրությունը",
    ]);
  });
});
