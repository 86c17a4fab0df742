// The language status of a real VS Code (the packaged .vsix installed): the `{ }` entry next to the
// language mode "SMM Strategy" in the status bar; its hover holds the extension's item, which
// counts the file's problems as the Problems pane shows them, or says there are none.
import * as assert from 'node:assert/strict';
import { useWorkbench } from './support/session';
import { describeLanguageStatus, describeProblems, type LanguageStatusItem, type Problem } from './support/workbench';

const MISTAKES = 'mistakes.smm.yaml';
const CLEAN = 'nush-coffee.en.smm.yaml';

/** The extension's item (src/host/languageStatus.ts): its command link is "Show Problems". */
function smmItem(items: readonly LanguageStatusItem[]): LanguageStatusItem | undefined {
  return items.find((i) => i.command === 'Show Problems');
}

interface Counts {
  errors: number;
  warnings: number;
  infos: number;
}

/** The counts an item's text states, "$(error) 7 errors, 18 warnings, 4 info (63 ms)"; 0 when not mentioned. */
function countsInText(text: string): Counts {
  const count = (re: RegExp) => Number(re.exec(text)?.[1] ?? 0);
  return { errors: count(/\b(\d+) errors?\b/), warnings: count(/\b(\d+) warnings?\b/), infos: count(/\b(\d+) info\b/) };
}

/** The counts of the smm rows of the Problems pane, by severity. */
function countsInPane(problems: readonly Problem[]): Counts {
  const smm = problems.filter((p) => p.source === 'smm');
  const count = (severity: Problem['severity']) => smm.filter((p) => p.severity === severity).length;
  return { errors: count('error'), warnings: count('warning'), infos: count('info') };
}

function sameCounts(a: Counts, b: Counts): boolean {
  return a.errors === b.errors && a.warnings === b.warnings && a.infos === b.infos;
}

suite('Language status', () => {
  const wb = useWorkbench('language-status');

  teardown(async () => {
    await wb().closeWidgets();
  });

  test('for a strategy with mistakes the item counts the errors and warnings of the Problems pane', async () => {
    await wb().quickOpen(MISTAKES);
    // All of a file's problems are published at once: when the pane shows the file's smm rows,
    // they are all there.
    const problems = await wb().waitForProblems((ps) => ps.some((p) => p.source === 'smm'), {
      file: MISTAKES,
      description: `smm problems for ${MISTAKES}`,
    });
    const pane = countsInPane(problems);
    assert.ok(pane.errors > 0 && pane.warnings > 0, `${MISTAKES} has errors and warnings:\n  ${describeProblems(problems)}`);

    const items = await wb().waitForLanguageStatus(
      (is) => {
        const item = smmItem(is);
        return item !== undefined && sameCounts(countsInText(item.text), pane);
      },
      { description: `the SMM item to state the Problems pane's counts for ${MISTAKES} (${JSON.stringify(pane)})` },
    );
    await wb().screenshot('language status of mistakes');

    const item = smmItem(items);
    assert.ok(item, describeLanguageStatus(items));
    assert.deepEqual(countsInText(item.text), pane, item.text);
    // "$(error) 7 errors, 18 warnings, 4 info", and " (63 ms)" when the check was slow.
    assert.match(item.text, /^\$\(error\) \d+ errors?, \d+ warnings?(, \d+ info)?( \(\d+ ms\))?$/);
    assert.equal(item.detail, 'SMM strategy checks');
    assert.equal(item.severity, 'error', describeLanguageStatus(items));
    // An Error item puts its icon on the status bar entry, without opening the hover.
    assert.equal(await wb().languageStatusIcon(), 'bracket-error');
  });

  test('for a strategy without mistakes the item says "No problems"', async () => {
    await wb().quickOpen(CLEAN);
    const items = await wb().waitForLanguageStatus((is) => /No problems/.test(smmItem(is)?.text ?? ''), {
      description: `the SMM item to say "No problems" for ${CLEAN}`,
    });
    await wb().screenshot('language status of a clean strategy');

    const item = smmItem(items);
    assert.ok(item, describeLanguageStatus(items));
    assert.match(item.text, /^\$\(check\) No problems( \(\d+ ms\))?$/);
    assert.equal(item.detail, 'SMM strategy checks');
    assert.equal(item.severity, 'info', describeLanguageStatus(items));
    assert.equal(await wb().languageStatusIcon(), 'bracket', 'no error or warning icon on the status bar entry');
    // And the Problems pane agrees.
    const problems = await wb().problems({ file: CLEAN });
    assert.deepEqual(problems.filter((p) => p.source === 'smm'), [], describeProblems(problems));
  });
});
