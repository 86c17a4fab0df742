// The Problems pane of a real VS Code shows the extension's checks — installed from the packaged
// .vsix, as a user would have it — and shows nothing for a strategy without mistakes.
import * as assert from 'node:assert/strict';
import { useWorkbench } from './support/session';
import { describeProblems } from './support/workbench';

const MISTAKES = 'mistakes.smm.yaml';
const CLEAN = 'nush-coffee.en.smm.yaml';

suite('Problems pane', () => {
  const wb = useWorkbench('problems');

  test('a strategy with mistakes shows a no-value-proposition problem with its rule id', async () => {
    await wb().quickOpen(MISTAKES);
    await wb().screenshot('mistakes opened');
    const problems = await wb().waitForProblems(
      (ps) => ps.some((p) => p.code === 'no-value-proposition'),
      { file: MISTAKES, description: `a no-value-proposition problem for ${MISTAKES}` },
    );
    await wb().screenshot('problems for mistakes');

    const problem = problems.find((p) => p.code === 'no-value-proposition');
    assert.ok(problem);
    assert.equal(problem.source, 'smm', describeProblems(problems));
    assert.ok(problem.line >= 1, `a real position, got line ${problem.line}`);
    assert.ok(problem.message.length > 0, 'a message');
    // The rule id links to its documentation (the diagnostic's code.target).
    assert.ok(problem.codeHref, `the rule id is a link: ${describeProblems(problems)}`);
  });

  test('negative control: a clean strategy shows no smm problem, even though it is checked live', async () => {
    await wb().quickOpen(CLEAN);
    const original = await wb().editorText();

    // Prove the file is being checked: break it (a stray "]" at the very start is a YAML syntax
    // error wherever the file begins), wait for the problem, then undo. Without this step, "no
    // problems" could just mean "not checked yet".
    await wb().goTo(1, 1);
    await wb().type(']');
    await wb().waitForProblems((ps) => ps.some((p) => p.source === 'smm'), {
      file: CLEAN,
      description: `an smm problem for ${CLEAN} after breaking it`,
    });
    await wb().screenshot('clean file broken on purpose');
    await wb().page.keyboard.press('Control+Z');

    const problems = await wb().waitForProblems((ps) => ps.every((p) => p.source !== 'smm'), {
      file: CLEAN,
      description: `no smm problem for ${CLEAN} after undo`,
    });
    await wb().screenshot('clean file has no problems');
    assert.deepEqual(problems.filter((p) => p.source === 'smm'), []);
    assert.equal(await wb().editorText(), original, 'undo restored the file');
  });
});
