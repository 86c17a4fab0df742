// The completion widget of a real VS Code (the packaged .vsix installed) offers what belongs where
// the cursor is — a channel's network, the ids of the audiences defined in the file — each once,
// and accepting a row with Enter writes it into the file.
import * as assert from 'node:assert/strict';
import { lineAt, positionOf, repoJson, withLine, workspaceFile } from './support/files';
import { useWorkbench } from './support/session';
import type { CompletionRow } from './support/workbench';

const MISTAKES = 'mistakes.smm.yaml';

/** The networks the schema allows, without `twitter`: an alias the extension accepts but does not offer. */
function networks(): string[] {
  const schema = repoJson<{ definitions: { network: { enum: string[] } } }>('schemas/smm.schema.json');
  return schema.definitions.network.enum.filter((n) => n !== 'twitter');
}

function describeRows(rows: readonly CompletionRow[]): string {
  return rows.map((r) => `${r.label} (${r.kind}${r.detail ? `, ${r.detail}` : ''})`).join('; ');
}

suite('Completion', () => {
  const wb = useWorkbench('completion');

  suiteSetup(async () => {
    await wb().quickOpen(MISTAKES);
    // Problems for the file mean the extension is active, so its completion provider is registered.
    await wb().waitForProblems((ps) => ps.some((p) => p.source === 'smm'), { file: MISTAKES, description: `smm problems for ${MISTAKES}` });
  });

  teardown(async () => {
    await wb().closeWidgets();
    await wb().revertActiveEditor();
  });

  test("after 'network: ' the widget offers the schema's networks, each once, and Enter writes the chosen one", async () => {
    const saved = workspaceFile(MISTAKES);
    // The last channel's `network: tiktok`: clear the value, keep `network: `.
    const at = positionOf(saved, '    network: tiktok\n', '    network: '.length);
    await wb().goTo(at.line, at.column);
    await wb().page.keyboard.press('Shift+End');
    await wb().page.keyboard.press('Delete');

    await wb().triggerSuggest();
    await wb().screenshot('network values offered');
    const rows = await wb().suggestRows();

    // Exactly the networks: no word suggestions, no other provider's items, no snippets (the
    // extension ships none that VS Code would show at every position), nothing twice.
    assert.deepEqual(rows.map((r) => r.label), networks(), `the networks in schema order, nothing else: ${describeRows(rows)}`);
    assert.ok(rows.every((r) => r.kind === 'Enum Member'), describeRows(rows));

    // The focused value's documentation comes from the schema.
    await wb().focusSuggestion('telegram');
    const details = await wb().suggestDetails();
    assert.match(details, /Telegram: channels, groups and bots\./);
    await wb().screenshot('telegram focused with its documentation');

    await wb().acceptSuggestion('telegram');
    const text = await wb().editorText();
    assert.equal(text, withLine(saved, at.line, '    network: telegram'), 'only the value changed');
    await wb().goTo(at.line, '    network: telegram'.length + 1);
    await wb().screenshot('telegram accepted');
  });

  test("inside 'audiences: [' of a channel the widget offers the audience ids defined in the file, and Enter writes one", async () => {
    const saved = workspaceFile(MISTAKES);
    // Channel ig-outlet lists an audience that does not exist: `audiences: [studnets]`.
    const at = positionOf(saved, 'audiences: [studnets]', 'audiences: ['.length);
    const line = lineAt(saved, at.line);
    await wb().waitForProblems((ps) => ps.some((p) => p.code === 'unresolved-reference' && p.line === at.line), {
      file: MISTAKES,
      description: `the unresolved 'studnets' on line ${at.line}`,
    });
    await wb().goTo(at.line, at.column);
    for (let i = 0; i < 'studnets'.length; i++) await wb().page.keyboard.press('Shift+ArrowRight');
    await wb().page.keyboard.press('Delete');

    await wb().triggerSuggest();
    const rows = await wb().suggestRows();
    await wb().screenshot('audience ids offered');
    assert.deepEqual(
      rows.map((r) => [r.label, r.kind, r.detail]),
      [
        ['young-women', 'Reference', 'Young women who like fashion'],
        ['office-women', 'Reference', 'Women working in offices'],
      ],
      describeRows(rows),
    );

    await wb().acceptSuggestion('office-women');
    const expected = line.replace('[studnets]', '[office-women]');
    assert.equal(await wb().editorText(), withLine(saved, at.line, expected));
    // The reference resolves now: its problem leaves the Problems pane (the other unresolved
    // reference, in the calendar, stays: the pane was read after the update, not empty).
    await wb().waitForProblems(
      (ps) => !ps.some((p) => p.code === 'unresolved-reference' && p.line === at.line) && ps.some((p) => p.code === 'unresolved-reference'),
      { file: MISTAKES, description: `no unresolved-reference on line ${at.line}, one elsewhere` },
    );
    await wb().screenshot('office-women accepted');
  });

  test("typing ', ' after an audience opens the widget by itself, with only the audience not listed yet", async () => {
    const saved = workspaceFile(MISTAKES);
    // The last channel: `audiences: [young-women]`, followed by its goals.
    const at = positionOf(saved, 'audiences: [young-women]\n    goals: [online-sales]', 'audiences: [young-women'.length);
    await wb().goTo(at.line, at.column);
    await wb().type(', ');

    // No Ctrl+Space: the space is a trigger character of the provider.
    const rows = await wb().suggestRows();
    await wb().screenshot('opened by typing a comma');
    assert.deepEqual(rows.map((r) => [r.label, r.kind]), [['office-women', 'Reference']], describeRows(rows));

    await wb().acceptSuggestion('office-women');
    assert.equal(lineAt(await wb().editorText(), at.line), '    audiences: [young-women, office-women]');
  });
});
