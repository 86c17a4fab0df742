// "SMM: Export Plan as HTML" end to end: run from the Command Palette of the real workbench, saved
// where the save dialog proposes, then the page itself opened in Debian's chromium from a file:
// URL, the way a user opens it: it must stand alone (light, dark, print), and a strategy full of
// attacks must give a page that runs nothing, loads nothing and goes nowhere, checked in the
// browser itself, not by reading the HTML.
import * as assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { lintStrategy } from '../../src/core/lint';
import { planDocument, renderPlan } from '../../src/core/render';
import { parse } from 'yaml';
import { ATTACKS, poisoned } from '../unit/render/attacks';
import { e2e, launchBrowser, useWorkbench } from './support/session';

const ROOT = join(__dirname, '../..');
const example = (name: string) => readFileSync(join(ROOT, 'examples', name), 'utf8');

/**
 * What the page did and what it holds, read in the browser. Evaluated as a string: this project
 * compiles tests without the DOM library, and the expression runs in the page anyway.
 */
const STATE = `(() => ({
  pwned: window.__pwned ?? null,
  title: document.title,
  url: location.href,
  headFirst: document.head.firstElementChild?.outerHTML.slice(0, 100) ?? '',
  scripts: document.scripts.length,
  active: [...document.querySelectorAll('iframe, frame, object, embed, img, svg, math, form, input, button, textarea, link, base, template, body style, meta')]
    .filter((e) => !(e.tagName === 'META' && (e.getAttribute('http-equiv') === 'Content-Security-Policy' || e.hasAttribute('charset') || e.getAttribute('name') === 'viewport')))
    .map((e) => e.tagName.toLowerCase()),
  handlers: [...document.querySelectorAll('*')].flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => e.tagName.toLowerCase() + ' ' + a.name)),
  inlineStyles: document.querySelectorAll('[style]').length,
  links: [...document.querySelectorAll('[href], [src], [action], [srcdoc], [data]')].map((e) => e.getAttribute('href') ?? e.getAttribute('src') ?? e.getAttribute('action') ?? 'srcdoc/data')
    .filter((h) => !/^(https?:\\/\\/|mailto:)/i.test(h)),
}))()`;

interface PageState {
  pwned: unknown;
  title: string;
  url: string;
  headFirst: string;
  scripts: number;
  active: string[];
  handlers: string[];
  inlineStyles: number;
  links: string[];
}

/** A visit to a page: what it holds once loaded, and every sign of activity the browser reported. */
interface Visit {
  readonly state: PageState;
  readonly console: string[];
  readonly errors: string[];
  readonly requests: string[];
  readonly navigations: string[];
  readonly dialogs: string[];
  readonly popups: number;
}

/**
 * Opens `file` in a new tab with scripts enabled (the browser's default) and records everything it
 * does until it has loaded and the network has been quiet for a while (`networkidle`, Playwright's
 * own wait): dialogs such as alert(), console messages (where Chromium reports what the policy
 * blocked), uncaught errors, requests other than the page itself, navigations and new windows.
 */
async function visit(context: BrowserContext, file: string, options: { idle?: boolean; use?: (page: Page) => Promise<void> } = {}): Promise<Visit> {
  const url = pathToFileURL(file).href;
  const page = await context.newPage();
  const seen = { console: [] as string[], errors: [] as string[], requests: [] as string[], navigations: [] as string[], dialogs: [] as string[], popups: 0 };
  page.on('console', (m) => seen.console.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => seen.errors.push(e.message));
  page.on('request', (r) => r.url() !== url && seen.requests.push(r.url()));
  page.on('framenavigated', (f) => seen.navigations.push(f === page.mainFrame() ? f.url() : `frame: ${f.url()}`));
  page.on('dialog', (d) => {
    seen.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  page.on('popup', () => seen.popups++);
  try {
    await page.goto(url, { waitUntil: options.idle ? 'networkidle' : 'load' });
    const state = (await page.evaluate(STATE)) as PageState;
    await options.use?.(page);
    return { state, ...seen };
  } finally {
    await page.close();
  }
}

/** The page title of a strategy's plan, as the browser shows it (whitespace collapsed). */
function titleOf(strategy: string): string {
  const brand = (parse(strategy) as { brand: { name: string } }).brand.name;
  return `SMM strategy: ${brand}`.replace(/\s+/g, ' ').trim();
}

/** A page that ran nothing, loaded nothing, went nowhere, and holds nothing that could. */
function assertInert(v: Visit, url: string, title: string): void {
  assert.deepEqual(
    { dialogs: v.dialogs, errors: v.errors, console: v.console, requests: v.requests, navigations: v.navigations, popups: v.popups },
    { dialogs: [], errors: [], console: [], requests: [], navigations: [url], popups: 0 },
  );
  assert.equal(v.state.pwned, null);
  assert.equal(v.state.title, title);
  assert.equal(v.state.url, url);
  assert.deepEqual({ scripts: v.state.scripts, active: v.state.active, handlers: v.state.handlers, inlineStyles: v.state.inlineStyles, links: v.state.links },
    { scripts: 0, active: [], handlers: [], inlineStyles: 0, links: [] });
  assert.match(v.state.headFirst, /^<meta http-equiv="Content-Security-Policy" content="default-src 'none';/);
}

suite('Export Plan as HTML', () => {
  const wb = useWorkbench('export');
  /** A browser of its own for the exported pages, away from the workbench's origin. */
  let pages: { context: BrowserContext; profile: string } | undefined;
  const scratch = join(e2e.state, 'export-pages');
  const written: string[] = [];
  const browser = () => {
    assert.ok(pages, 'the page browser is not open (suiteSetup failed?)');
    return pages.context;
  };

  suiteSetup(async function () {
    this.timeout(120_000);
    mkdirSync(scratch, { recursive: true });
    pages = await launchBrowser('export-pages');
  });
  suiteTeardown(async () => {
    await pages?.context.close().catch(() => undefined);
    if (pages) rmSync(pages.profile, { recursive: true, force: true });
    for (const file of [...written, scratch]) rmSync(file, { recursive: true, force: true });
  });

  test('exports the open strategy from the Command Palette, beside it, and offers to show it', async () => {
    await wb().quickOpen('nush-coffee.en.smm.yaml');
    await wb().startCommand('SMM: Export Plan as HTML');
    const saved = await wb().acceptSaveDialog();
    written.push(saved);
    assert.equal(saved, join(e2e.workspace, 'nush-coffee.en.html'));
    const note = await wb().waitForNotification(/The plan was saved as/);
    await wb().screenshot('saved');
    // The workbench runs in a browser, which cannot open a file of the server's disk: the Explorer can.
    assert.deepEqual([note.message, note.buttons], ['The plan was saved as nush-coffee.en.html.', ['Show in Explorer']]);
    await note.toast.locator('.monaco-button', { hasText: 'Show in Explorer' }).click();
    await wb().page.locator('.explorer-folders-view .monaco-list-row.selected', { hasText: 'nush-coffee.en.html' }).waitFor({ timeout: 30_000 });
    await wb().screenshot('shown-in-explorer');

    const url = pathToFileURL(saved).href;
    const v = await visit(browser(), saved);
    assertInert(v, url, 'SMM strategy: Nush Coffee');
    assert.ok(readFileSync(saved, 'utf8').startsWith('<!doctype html>\n<html lang="en">\n<head>\n<meta http-equiv="Content-Security-Policy"'));
  });

  test('a page that stands alone: its own styles, light or dark after the system, black on white in print', async () => {
    const colours = `(() => ({
      background: getComputedStyle(document.body).backgroundColor,
      text: getComputedStyle(document.querySelector('.smm-plan')).color,
      primary: getComputedStyle(document.querySelector('.smm-primary')).color,
    }))()`;
    for (const name of ['nush-coffee.en', 'kumayri-bakery.hy', 'glina-studio.ru']) {
      const file = join(scratch, `${name}.html`);
      writeFileSync(file, planDocument(renderPlan(lintStrategy(example(`${name}.smm.yaml`)))));
      const seen: Record<string, unknown> = {};
      const v = await visit(browser(), file, {
        use: async (page) => {
          await page.setViewportSize({ width: 1100, height: 1400 });
          for (const [mode, media] of [['light', { colorScheme: 'light', media: 'screen' }], ['dark', { colorScheme: 'dark', media: 'screen' }], ['print', { colorScheme: 'dark', media: 'print' }]] as const) {
            await page.emulateMedia(media);
            seen[mode] = await page.evaluate(colours);
            mkdirSync(join(e2e.screenshots, 'export'), { recursive: true });
            await page.screenshot({ path: join(e2e.screenshots, 'export', `page-${name}-${mode}.png`), fullPage: mode === 'print' });
          }
        },
      });
      assert.deepEqual([v.console, v.errors, v.requests], [[], [], []], name);
      assert.deepEqual(seen, {
        light: { background: 'rgb(255, 255, 255)', text: 'rgb(31, 35, 40)', primary: 'rgb(11, 92, 173)' },
        dark: { background: 'rgb(13, 17, 23)', text: 'rgb(230, 237, 243)', primary: 'rgb(88, 166, 255)' },
        // A dark screen does not make dark paper, nor pale accents on white.
        print: { background: 'rgb(255, 255, 255)', text: 'rgb(0, 0, 0)', primary: 'rgb(11, 92, 173)' },
      }, name);
    }
  });

  test('the page of a strategy full of attacks, exported from the editor\'s … menu, runs nothing, loads nothing and goes nowhere', async () => {
    const file = join(e2e.workspace, 'attacks.smm.yaml');
    const strategy = poisoned(example('nush-coffee.en.smm.yaml'), (i) => ATTACKS[i % ATTACKS.length]!);
    writeFileSync(file, strategy);
    written.push(file);
    await wb().quickOpen('attacks.smm.yaml');
    await wb().editorTitleMenu('Export Plan as HTML');
    const saved = await wb().acceptSaveDialog();
    assert.equal(saved, join(e2e.workspace, 'attacks.html'));
    written.push(saved);
    await wb().waitForNotification(/The plan was saved as attacks\.html/);

    // Waiting for the network to be quiet gives a refresh or a late request the time to show itself.
    const v = await visit(browser(), saved, { idle: true });
    assertInert(v, pathToFileURL(saved).href, titleOf(strategy));
  });

  test('every attack in every field gives an inert page in chromium', async function () {
    this.timeout(300_000);
    // Page k gives the i-th text of the strategy the attack (i + k) mod n: over n pages every
    // attack lands in every field, ids and enum values included.
    const source = example('nush-coffee.en.smm.yaml');
    for (let k = 0; k < ATTACKS.length; k++) {
      const file = join(scratch, `attacks-${k}.html`);
      const strategy = poisoned(source, (i) => ATTACKS[(i + k) % ATTACKS.length]!);
      const plan = renderPlan(lintStrategy(strategy));
      assert.deepEqual(plan.errors, []);
      writeFileSync(file, planDocument(plan));
      assertInert(await visit(browser(), file), pathToFileURL(file).href, titleOf(strategy));
    }
  });

  test('its policy is what stops a script that gets into the page, and eval too', async () => {
    const file = join(scratch, 'nush-coffee.html');
    const page = planDocument(renderPlan(lintStrategy(example('nush-coffee.en.smm.yaml'))));
    writeFileSync(file, page);
    const without = join(scratch, 'nush-coffee-without-policy.html');
    writeFileSync(without, page.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\n/, ''));

    /** Adds a script to the page from outside (the browser's tools are not bound by its policy) and says what ran. */
    const inject = async (target: string) => {
      let added = '';
      let evaluated: unknown;
      const v = await visit(browser(), target, {
        use: async (p) => {
          added = await p.addScriptTag({ content: 'window.__pwned = "script"' }).then(() => 'added', (e: Error) => e.message);
          // eval from the page's own code, as the policy sees it: the tools' exemption switched off.
          const cdp = await p.context().newCDPSession(p);
          const result = (await cdp.send('Runtime.evaluate', { expression: 'eval("1 + 1")', allowUnsafeEvalBlockedByCSP: false })) as { result: { value?: unknown; className?: string } };
          evaluated = result.result.value ?? result.result.className;
          const state = (await p.evaluate(STATE)) as PageState;
          added += ` / pwned: ${String(state.pwned)}`;
        },
      });
      return { added, evaluated, console: v.console };
    };

    const blocked = await inject(file);
    assert.match(blocked.added, /violates the following Content Security Policy directive 'default-src 'none''.* \/ pwned: null$/s);
    assert.equal(blocked.evaluated, 'EvalError');
    assert.ok(blocked.console.some((m) => /^error: .*Content Security Policy/.test(m)), blocked.console.join('\n'));
    // The same page without its policy: the same script runs, so the probe can see one.
    assert.deepEqual(await inject(without), { added: 'added / pwned: script', evaluated: 2, console: [] });
  });
});
