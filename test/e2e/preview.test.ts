// The strategy preview in a real VS Code (the packaged .vsix in code-server, driven in chromium):
// the plan of every example with its sections, matrix and summary card in the file's language;
// live updates that patch the page instead of reloading it; scroll sync both ways; double-click
// and problem clicks that lead to the source; a locked preview; a panel restored after a reload;
// strategy text full of attacks shown as plain text; and the look in light, dark and high
// contrast themes (screenshots).
import * as assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FrameLocator, Request } from 'playwright-core';
import { parseDocument, type YAMLSeq } from 'yaml';
import { TEXT } from '../../src/core/render/labels';
import { ATTACKS, poisoned } from '../unit/render/attacks';
import { e2e, useWorkbench } from './support/session';
import { DEFAULT_WAIT_MS, waitUntil, type ThemeKind } from './support/workbench';
import { editorText, positionOf, workspaceFile } from './support/files';

// Globals of the preview's frame, for evaluate() callbacks (this file is compiled without the DOM lib).
declare const window: { scrollY: number; innerHeight: number; scrollTo(x: number, y: number): void } & Record<string, unknown>;
declare const document: {
  title: string;
  documentElement: { lang: string };
  body: { className: string };
  querySelectorAll(selector: string): ArrayLike<FrameElement>;
};
declare const location: { href: string };
declare function getComputedStyle(element: FrameElement): { color: string; backgroundColor: string };
interface FrameElement {
  readonly tagName: string;
  readonly textContent: string | null;
  readonly attributes: ArrayLike<{ name: string; value: string }>;
  readonly parentElement: FrameElement | null;
  getAttribute(name: string): string | null;
  closest(selector: string): FrameElement | null;
  getBoundingClientRect(): { top: number; bottom: number; height: number };
}

const EXAMPLES = [
  { file: 'nush-coffee.en.smm.yaml', locale: 'en', brand: 'Nush Coffee' },
  { file: 'kumayri-bakery.hy.smm.yaml', locale: 'hy', brand: undefined },
  { file: 'glina-studio.ru.smm.yaml', locale: 'ru', brand: undefined },
] as const;

/** The language of an example, from its name: `kumayri-bakery.hy.smm.yaml` is Armenian. */
function localeOf(file: string): 'en' | 'hy' | 'ru' {
  return /\.(hy|ru)\.smm\.yaml$/.exec(file)?.[1] as 'hy' | 'ru' | undefined ?? 'en';
}

/** The parts every complete example's plan has, in the plan's order. */
const SECTIONS = ['overview', 'goals', 'audiences', 'value', 'channels', 'competitors', 'research', 'matrix', 'content', 'community', 'money', 'readiness'];

suite('Preview', () => {
  const wb = useWorkbench('preview');
  const preview = (): FrameLocator => wb().webview();

  teardown(async () => {
    await wb().runCommand('View: Close All Editors');
    await wb().page.locator('iframe.webview').first().waitFor({ state: 'detached', timeout: DEFAULT_WAIT_MS }).catch(() => undefined);
  });

  /** Opens `file` and its preview to the side (Ctrl+K V, as a user would), and waits for the plan. */
  async function openPreview(file: string): Promise<FrameLocator> {
    await wb().quickOpen(file);
    await wb().page.keyboard.press('Control+K');
    await wb().page.keyboard.press('V');
    await wb().waitForWebviewTab(editorText(localeOf(file), 'Preview {0}', file));
    await preview().locator('main#smm-plan h1').waitFor({ timeout: DEFAULT_WAIT_MS });
    // The editor keeps the focus, as after markdown's "Open Preview to the Side".
    await wb().waitForEditor(file);
    return preview();
  }

  /** The 0-based source line of the first plan block at the top of the preview, and how far the preview is scrolled. */
  function previewTop(): Promise<{ line: number; scrollY: number }> {
    return preview().locator('main').evaluate((main) => {
      const blocks = Array.from((main as unknown as FrameElement & { querySelectorAll(s: string): ArrayLike<FrameElement> }).querySelectorAll('[data-line]'))
        .filter((el) => !el.closest('.smm-problems') && !['UL', 'TABLE', 'THEAD', 'TBODY', 'BLOCKQUOTE'].includes(el.tagName));
      const first = blocks.find((el) => el.getBoundingClientRect().top >= -1);
      return { line: Number(first?.getAttribute('data-line')), scrollY: window.scrollY };
    });
  }

  /**
   * Waits until the editor shows 1-based `line` at the top of its view. VS Code reveals a line "at
   * the top" with a few lines of context above it (more with sticky scroll on): up to 5 lines.
   */
  async function waitForEditorToShowAtTop(line: number): Promise<void> {
    let top = 0;
    await waitUntil(
      async () => {
        top = await wb().editorTopLine();
        return top <= line && line - top <= 5;
      },
      DEFAULT_WAIT_MS,
      () => `the editor to show line ${line} at its top; its top line is ${top}`,
    );
  }

  for (const example of EXAMPLES) {
    test(`shows the plan of ${example.file} with its sections, matrix and summary card in its language`, async () => {
      const plan = await openPreview(example.file);
      assert.equal(await plan.locator('html').getAttribute('lang'), example.locale);
      assert.equal(await plan.locator('main').getAttribute('lang'), example.locale);

      const sections = await plan.locator('[data-section]').evaluateAll((els) => els.map((el) => el.getAttribute('data-section')));
      assert.deepEqual(sections.filter((s) => SECTIONS.includes(s ?? '')), SECTIONS, `sections in order: ${sections.join(', ')}`);

      const heading = async (section: string) => (await plan.locator(`[data-section="${section}"]`).first().innerText()).trim();
      for (const part of ['goals', 'audiences', 'value', 'channels', 'content', 'community', 'money'] as const) {
        assert.equal(await heading(part), TEXT.heading[part][example.locale], `the heading of ${part}`);
      }
      assert.equal(await heading('matrix'), TEXT.heading.matrix[example.locale]);
      assert.ok((await plan.locator('table.smm-matrix tbody tr').count()) > 0, 'the matrix has rows');
      const card = plan.locator('blockquote.smm-readiness');
      assert.equal((await card.locator('h2').innerText()).trim(), TEXT.heading.readiness[example.locale]);
      assert.ok((await card.locator('.smm-checklist > li').count()) >= 4, 'the checklist: goals, audience, networks, value');
      if (example.brand) assert.match(await plan.locator('h1').innerText(), new RegExp(example.brand));
      await wb().screenshot(`plan ${example.locale}`);
      await card.scrollIntoViewIfNeeded();
      await wb().screenshot(`plan ${example.locale} summary`);
    });
  }

  test('a plan with mistakes shows problem badges; clicking a problem selects it in the editor', async () => {
    const file = 'mistakes.smm.yaml';
    const plan = await openPreview(file);
    assert.ok((await plan.locator('.smm-badge').count()) > 0, 'problem badges');
    const problem = plan.locator('li.smm-problem[data-problem]', { hasText: /age\.min/ }).first();
    const line = Number(/(\d+)/.exec(await problem.innerText())?.[1]);
    assert.ok(line > 0, 'the problem names its line');
    await wb().screenshot('mistakes');
    await problem.click();
    await waitUntil(async () => (await wb().cursorPosition()).line === line, DEFAULT_WAIT_MS, () => `the cursor to go to line ${line}`);
    // The problem's range is selected, and the editor has the focus.
    await wb().page.locator('.statusbar-item', { hasText: /selected/ }).first().waitFor({ timeout: DEFAULT_WAIT_MS });
    await wb().waitForEditor(file);
  });

  test('an edit updates the plan in place: the page is not reloaded and keeps its scroll position', async () => {
    const file = 'nush-coffee.en.smm.yaml';
    const plan = await openPreview(file);
    // Scroll the preview to the goals; the editor follows, so the goal to edit is in its view.
    const goals = plan.locator('h2[data-section="goals"]');
    await goals.evaluate((h) => window.scrollTo(0, h.getBoundingClientRect().top + window.scrollY));
    const goalsLine = positionOf(workspaceFile(file), '\ngoals:', 1).line;
    await waitForEditorToShowAtTop(goalsLine);
    const before = await previewTop();
    await plan.locator('body').evaluate(() => {
      window.__smmMarker = 'still the same page';
    });

    // Click into the goal's title (no scrolling) and type at its end.
    await wb().activeEditor().locator('.view-line', { hasText: 'title: Fill weekday afternoons' }).click();
    await wb().page.keyboard.press('End');
    await wb().page.keyboard.type(' now');
    await plan.locator('h3', { hasText: 'with the student offer now' }).waitFor({ timeout: DEFAULT_WAIT_MS });
    assert.equal(await plan.locator('body').evaluate(() => window.__smmMarker), 'still the same page', 'the page was patched, not reloaded');
    const after = await previewTop();
    assert.deepEqual(after, before, 'the same place of the plan at the top');
    assert.ok(Math.abs(await goals.evaluate((h) => h.getBoundingClientRect().top)) <= 1, 'the goals still at the top');
    await wb().screenshot('after an edit');
    await wb().revertActiveEditor();
    await plan.locator('h3', { hasText: 'with the student offer now' }).waitFor({ state: 'detached', timeout: DEFAULT_WAIT_MS });
  });

  test('scrolling the editor scrolls the preview to the same place, and the other way round', async () => {
    const file = 'nush-coffee.en.smm.yaml';
    const text = workspaceFile(file);
    const plan = await openPreview(file);
    const audiences = positionOf(text, '\naudiences:', 1).line; // 1-based

    // Editor → preview: scroll the editor line by line (Ctrl+Down) until `audiences:` is its top line.
    // Read the top line again after each step: on a busy machine a key can land late, or twice.
    await wb().page.keyboard.press('Control+Home');
    let editorTop = 0;
    await waitUntil(async () => {
      editorTop = await wb().editorTopLine();
      if (editorTop === audiences) return true;
      await wb().page.keyboard.press(editorTop < audiences ? 'Control+ArrowDown' : 'Control+ArrowUp');
      return false;
    }, DEFAULT_WAIT_MS, () => `the editor to show line ${audiences} at its top; its top line is ${editorTop}`);
    const heading = plan.locator('h2[data-section="audiences"]');
    await waitUntil(
      async () => Math.abs(await heading.evaluate((h) => h.getBoundingClientRect().top)) <= 2,
      DEFAULT_WAIT_MS,
      () => 'the preview to show the audiences at its top',
    );
    await wb().screenshot('editor scrolled to the audiences');

    // Preview → editor: scroll the preview with the mouse wheel to the budget, as a reader does.
    const budget = plan.locator('h3[data-section="budget"]');
    const budgetLine = Number(await budget.getAttribute('data-line'));
    const box = await wb().page.locator('iframe.webview.ready:visible').first().boundingBox();
    assert.ok(box, 'the preview is on screen');
    await wb().page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await waitUntil(
      async () => {
        const offset = await budget.evaluate((h) => h.getBoundingClientRect().top);
        if (offset <= 5) return true;
        await wb().page.mouse.wheel(0, Math.min(offset, 400));
        return false;
      },
      DEFAULT_WAIT_MS,
      () => 'the budget to reach the top of the preview',
    );
    const top = await previewTop();
    assert.equal(top.line, budgetLine, 'the budget is at the top of the preview');
    await waitForEditorToShowAtTop(budgetLine + 1);
    await wb().screenshot('preview scrolled to the budget');
  });

  test('a double-click on the plan shows its line in the editor', async () => {
    const file = 'kumayri-bakery.hy.smm.yaml';
    const plan = await openPreview(file);
    const audience = plan.locator('h3.smm-audience').nth(1);
    const line = Number(await audience.getAttribute('data-line'));
    await audience.dblclick();
    await waitUntil(async () => (await wb().cursorPosition()).line === line + 1, DEFAULT_WAIT_MS, () => `the cursor to go to line ${line + 1}`);
    await wb().waitForEditor(file);
  });

  test('a locked preview stays on its file while the editor moves to another', async () => {
    await openPreview('nush-coffee.en.smm.yaml');
    // The lock is a command of the preview: give it the focus first.
    await wb().page.locator('.tabs-container .tab', { hasText: 'Preview nush-coffee.en.smm.yaml' }).click();
    await wb().runCommand('SMM: Toggle Preview Lock');
    await wb().page.locator('.tabs-container .tab', { hasText: '[Preview] nush-coffee.en.smm.yaml' }).waitFor({ timeout: DEFAULT_WAIT_MS });

    // In the editor's group, open another strategy and its preview: the locked preview is not
    // the one that follows, so a second one opens beside it, and the locked one keeps its file.
    await wb().page.locator('.editor-group-container').first().click({ position: { x: 200, y: 200 } });
    await wb().quickOpen('glina-studio.ru.smm.yaml');
    await wb().runCommand('SMM: Open Preview to the Side');
    await wb().waitForWebviewTab(editorText('ru', 'Preview {0}', 'glina-studio.ru.smm.yaml'));
    await wb().page.locator('.tabs-container .tab', { hasText: '[Preview] nush-coffee.en.smm.yaml' }).click();
    await wb().waitForWebviewTab('[Preview] nush-coffee.en.smm.yaml');
    assert.match(await preview().locator('h1').innerText(), /Nush Coffee/, 'the locked preview still shows its file');
    await wb().screenshot('locked preview');
  });

  test('an unlocked preview follows the editor to another strategy', async () => {
    await openPreview('nush-coffee.en.smm.yaml');
    await wb().page.locator('.editor-group-container').first().click({ position: { x: 200, y: 200 } });
    await wb().quickOpen('glina-studio.ru.smm.yaml');
    await wb().page.locator('.tabs-container .tab', { hasText: editorText('ru', 'Preview {0}', 'glina-studio.ru.smm.yaml') }).waitFor({ timeout: DEFAULT_WAIT_MS });
    await waitUntil(async () => (await preview().locator('html').getAttribute('lang')) === 'ru', DEFAULT_WAIT_MS, () => 'the preview to show the Russian plan');
    assert.equal((await preview().locator('[data-section="goals"]').innerText()).trim(), TEXT.heading.goals.ru);
  });

  test('the preview is restored after the workbench reloads', async () => {
    const file = 'glina-studio.ru.smm.yaml';
    await openPreview(file);
    // As a user reloads: the workbench saves its editors first (a plain page reload may not).
    await wb().runCommand('Developer: Reload Window');
    await wb().page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    await wb().page.locator('.tabs-container .tab', { hasText: editorText('ru', 'Preview {0}', file) }).waitFor({ timeout: 60_000 });
    await wb().waitForWebviewTab(editorText('ru', 'Preview {0}', file));
    await preview().locator('h1').waitFor({ timeout: DEFAULT_WAIT_MS });
    assert.equal((await preview().locator('[data-section="goals"]').innerText()).trim(), TEXT.heading.goals.ru);
    await wb().screenshot('restored after reload');
  });

  test('strategy text full of attacks is shown as plain text: nothing runs, loads or navigates', async () => {
    const file = 'preview-attacks.smm.yaml';
    writeFileSync(join(e2e.workspace, file), attackStrategy(workspaceFile('nush-coffee.en.smm.yaml')));
    const outgoing: string[] = [];
    const onRequest = (r: Request) => {
      if (/evil\.example/.test(r.url())) outgoing.push(r.url());
    };
    const dialogs: string[] = [];
    wb().page.on('request', onRequest);
    wb().page.on('dialog', (d) => void (dialogs.push(d.message()), d.dismiss()));
    try {
      const plan = await openPreview(file);
      const href = await plan.locator('body').evaluate(() => {
        window.__smmMarker = 'not navigated';
        return location.href;
      });
      await assertInert(plan, href);
      await wb().screenshot('attacks shown as text');

      // A click on the real address asks VS Code to open it outside (it asks the user first);
      // the preview itself does not go anywhere.
      await plan.locator(`a[href="${SAFE_URL}"]`).first().click();
      const dialog = wb().page.locator('.monaco-dialog-box', { hasText: SAFE_URL });
      await dialog.waitFor({ timeout: DEFAULT_WAIT_MS });
      await wb().screenshot('a link asks to open outside');
      await wb().page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached', timeout: DEFAULT_WAIT_MS });
      // The click gave the preview the focus: back to the editor.
      await wb().page.locator(`.tabs-container .tab[data-resource-name="${file}"]`).click();
      await wb().waitForEditor(file);

      // A live update goes through another path (a patch of the page): as inert.
      const name = positionOf(workspaceFile(file), '\nbrand:', 1).line + 1;
      await wb().goTo(name, 1);
      await wb().page.keyboard.press('Shift+End');
      await wb().type('  name: <img src=x onerror=window.__pwned=1>');
      await plan.locator('h1', { hasText: 'onerror=window.__pwned=1' }).waitFor({ timeout: DEFAULT_WAIT_MS });
      await assertInert(plan, href);
      assert.equal(await plan.locator('body').evaluate(() => window.__smmMarker), 'not navigated');
      assert.deepEqual(outgoing, [], 'requests to the attacker');
      assert.deepEqual(dialogs, [], 'dialogs');
      await wb().revertActiveEditor();
    } finally {
      wb().page.off('request', onRequest);
      // Its problems would be counted by the suites that follow.
      rmSync(join(e2e.workspace, file), { force: true });
    }
  });

  test('reads well in the light, dark and high contrast themes', async () => {
    const plan = await openPreview('mistakes.smm.yaml');
    let original: ThemeKind | undefined;
    try {
      for (const [theme, kind, bodyClass] of [
        ['Light Modern', 'vs', 'vscode-light'],
        ['Dark Modern', 'vs-dark', 'vscode-dark'],
        ['Dark High Contrast', 'hc-black', 'vscode-high-contrast'],
        ['Light High Contrast', 'hc-light', 'vscode-high-contrast-light'],
      ] as const) {
        const before = await wb().setColorTheme(theme, kind);
        original ??= before;
        await waitUntil(async () => ((await plan.locator('body').getAttribute('class')) ?? '').split(' ').includes(bodyClass), DEFAULT_WAIT_MS, () => `the preview to take the ${theme} theme`);
        await plan.locator('main').evaluate(() => window.scrollTo(0, 0));
        await wb().screenshot(`theme ${kind}`);
        await plan.locator('[data-section="matrix"]').scrollIntoViewIfNeeded();
        await wb().screenshot(`theme ${kind} matrix`);
        await plan.locator('blockquote.smm-readiness').scrollIntoViewIfNeeded();
        await wb().screenshot(`theme ${kind} summary`);
        const poor = (await textContrasts(plan)).filter((c) => c.ratio < 4.5);
        assert.deepEqual(poor, [], `${theme}: text with too little contrast`);
      }
    } finally {
      if (original) await wb().setColorTheme(original === 'vs' ? 'Light Modern' : 'Dark Modern', original === 'vs' ? 'vs' : 'vs-dark');
    }
  });
});

/** The one real address among the attacks: it must stay a link, opened only by the host. */
const SAFE_URL = 'https://example.com/plan?from=preview';
/** The attacks that are addresses (javascript:, data:, vbscript:, tricky http and mailto), for URL fields. */
const ADDRESSES = [SAFE_URL, ...ATTACKS.filter((a) => /^\s*[a-z]+:/i.test(a))];

/**
 * The example with every string value replaced by an attack (test/unit/render/attacks.ts: scripts,
 * handlers, links, CSS breakouts, meta refresh, SVG, template injections; some aim at
 * `window.__pwned`, the title, a request or a navigation). URL fields (the brand's website, every
 * channel's and competitor's page, added where the example has none) get the attacks that are
 * addresses, and one real address.
 */
function attackStrategy(example: string): string {
  const doc = parseDocument(example);
  const field = () => doc.createNode('');
  doc.setIn(['brand', 'website'], field());
  (doc.get('channels') as YAMLSeq).items.forEach((_, i) => doc.setIn(['channels', i, 'url'], field()));
  (doc.get('competitors') as YAMLSeq).items.forEach((_, i) => {
    (doc.getIn(['competitors', i, 'presence']) as YAMLSeq).items.forEach((__, j) => doc.setIn(['competitors', i, 'presence', j, 'url'], field()));
  });
  let text = 0;
  let address = 0;
  return poisoned(doc.toString(), (_, name) =>
    name === 'url' || name === 'website' ? ADDRESSES[address++ % ADDRESSES.length]! : ATTACKS[text++ % ATTACKS.length]!);
}

/** Checks in the page that nothing of the attacks came alive, and that they are shown as text. */
async function assertInert(plan: FrameLocator, href: string): Promise<void> {
  const found = await plan.locator('main').evaluate((main) => {
    const all = Array.from((main as unknown as { querySelectorAll(s: string): ArrayLike<FrameElement> }).querySelectorAll('*'));
    return {
      pwned: window.__pwned,
      title: document.title,
      href: location.href,
      // VS Code adds a script of its own to every webview page; none may carry strategy text.
      scripts: Array.from(document.querySelectorAll('script')).map((el) => `${el.getAttribute('src') ?? ''} ${el.textContent ?? ''}`),
      active: all.filter((el) => ['SCRIPT', 'IMG', 'SVG', 'IFRAME', 'OBJECT', 'EMBED', 'FORM', 'BUTTON', 'BASE', 'META', 'STYLE', 'LINK'].includes(el.tagName.toUpperCase())).map((el) => el.tagName),
      handlers: all.flatMap((el) => Array.from(el.attributes).filter((a) => a.name.startsWith('on') || a.name === 'style').map((a) => `${el.tagName} ${a.name}`)),
      links: all.filter((el) => el.tagName === 'A').map((el) => el.getAttribute('href') ?? ''),
      text: main.textContent ?? '',
    };
  });
  assert.equal(found.pwned, undefined, 'no attack ran');
  assert.doesNotMatch(found.title, /pwned/);
  assert.equal(found.href, href, 'the frame did not navigate');
  assert.equal(found.scripts.filter((script) => /dist\/webview\/preview\.js/.test(script)).length, 1, "the page's own script");
  assert.deepEqual(found.scripts.filter((script) => /pwned|evil/.test(script)), [], 'scripts from the strategy');
  assert.deepEqual(found.active, [], 'active elements in the plan');
  assert.deepEqual(found.handlers, [], 'event handlers or inline styles');
  for (const href of found.links) assert.match(href, /^(https?:\/\/|mailto:)/, `link to ${href}`);
  assert.ok(found.links.includes(SAFE_URL), `the real address is a link: ${found.links.join(', ')}`);
  assert.ok(found.text.includes(ATTACKS[0]!), 'the attacks are shown as text');
}

/** The contrast ratio of each kind of text of the plan against what is behind it (WCAG's formula). */
function textContrasts(plan: FrameLocator): Promise<{ what: string; color: string; background: string; ratio: number }[]> {
  const selectors = ['main', 'h1', 'h2', 'h3', 'p', 'li', 'th', 'td', '.smm-lead', '.smm-badge.smm-error > strong', '.smm-badge.smm-warning > strong', '.smm-badge.smm-info > strong', '.smm-missing', '.smm-gap', '.smm-answered', '.smm-open', 'a', '.smm-readiness li'];
  // (No named helper functions inside evaluate callbacks: see readProblemRows in support/workbench.ts.)
  return plan.locator('main').evaluate((main, wanted) => {
    const root = main as unknown as FrameElement & { querySelector(s: string): FrameElement | null };
    const out: { what: string; color: string; background: string; ratio: number }[] = [];
    for (const selector of wanted) {
      const el = selector === 'main' ? root : root.querySelector(selector);
      if (!el) continue;
      let background = 'rgba(0, 0, 0, 0)';
      for (let at: FrameElement | null = el; at; at = at.parentElement) {
        const bg = getComputedStyle(at).backgroundColor;
        if (Number((bg.match(/[\d.]+/g) ?? [])[3] ?? 1) > 0) {
          background = bg;
          break;
        }
      }
      const color = getComputedStyle(el).color;
      const [hi, lo] = [color, background]
        // rgb(r, g, b) in 0…255, or color(srgb r g b) in 0…1 (what color-mix() computes to).
        .map((css) => (css.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => Number(v) / (css.startsWith('color(') ? 1 : 255)).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)))
        .map(([r = 0, g = 0, b = 0]) => 0.2126 * r + 0.7152 * g + 0.0722 * b)
        .sort((a, b) => b - a) as [number, number];
      out.push({ what: selector, color, background, ratio: Math.round(((hi + 0.05) / (lo + 0.05)) * 100) / 100 });
    }
    return out;
  }, selectors);
}
