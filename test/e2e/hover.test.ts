// The hover of a real VS Code (the packaged .vsix installed) explains what is under the cursor:
// a key's documentation from the schema, and on a problem, the rule behind it and why it matters.
import * as assert from 'node:assert/strict';
import { positionOf, repoJson, workspaceFile } from './support/files';
import { useWorkbench } from './support/session';

const MISTAKES = 'mistakes.smm.yaml';

interface PropertyDocs {
  title: string;
  description: string;
}

/** The schema's title and plain description of `definitions.<definition>.properties.<key>`. */
function schemaDocs(definition: string, key: string): PropertyDocs {
  const schema = repoJson<{ definitions: Record<string, { properties: Record<string, PropertyDocs> }> }>('schemas/smm.schema.json');
  const docs = schema.definitions[definition]?.properties[key];
  assert.ok(docs, `the schema documents ${definition}.${key}`);
  return docs;
}

suite('Hover', () => {
  const wb = useWorkbench('hover');

  suiteSetup(async () => {
    await wb().quickOpen(MISTAKES);
    // Problems for the file mean the extension is active and the file was checked.
    await wb().waitForProblems((ps) => ps.some((p) => p.code === 'goal-without-why'), { file: MISTAKES, description: 'a goal-without-why problem' });
  });

  teardown(async () => {
    await wb().closeWidgets();
  });

  test("over the key 'platforms' it shows the schema's documentation of the key", async () => {
    const { title, description } = schemaDocs('audience', 'platforms');
    // The first audience's `platforms: [instagram, tiktok]`, two characters into the key.
    const at = positionOf(workspaceFile(MISTAKES), '    platforms: [instagram, tiktok]', 6);
    const text = await wb().hoverAt(at.line, at.column, (t) => t.includes(description));
    await wb().screenshot('hover over platforms');
    const lines = text.split('\n').filter((l) => l.trim() !== '');
    assert.equal(lines[0], title, text);
    // The markdown description starts with the plain one and is rendered (no `**` left).
    assert.ok(lines[1]?.startsWith(description), text);
    assert.match(text, /Channels should be on these networks \(rule channel-audience-fit\)\./);
    assert.doesNotMatch(text, /\*\*|`/, 'markdown is rendered, not shown as source');
  });

  test('over a problem it shows the problem and the explanation of its rule, with a link to its documentation', async () => {
    // Goal more-followers has no `why`: the goal-without-why problem covers its id.
    const at = positionOf(workspaceFile(MISTAKES), '  - id: more-followers', '  - id: mo'.length);
    const text = await wb().hoverAt(at.line, at.column, /goal-without-why — /);
    await wb().screenshot('hover over a problem');
    // VS Code's own part: the problem as in the Problems pane.
    assert.match(text, /Goal 'more-followers' does not say which business problem it solves \(why\)\./);
    // Ours: what the id is, then the rule, why it matters, and its documentation.
    assert.match(text, /Goal more-followers — Get more followers/);
    assert.match(text, /goal-without-why — Each goal says which business problem it solves \(why\)\./);
    assert.match(text, /Why: The article: "Social media must solve your business's problems/);
    const link = wb().page.locator('.monaco-hover:not(.hidden) a', { hasText: 'Rule documentation' });
    assert.equal(await link.count(), 1, text);
    assert.match((await link.getAttribute('data-href')) ?? '', /^command:smm\.showRuleDocs\?%5B%22goal-without-why%22%5D/);
  });

  test('over a value the schema rejects it explains the schema check and documents the field', async () => {
    const at = positionOf(workspaceFile(MISTAKES), 'network: instagarm', 'network: insta'.length);
    const text = await wb().hoverAt(at.line, at.column, /schema — /);
    await wb().screenshot('hover over a schema problem');
    assert.match(text, /schema — The shape of the file is checked against the strategy schema/);
    assert.match(text, /Network\n+The social network of this channel/);
  });
});
