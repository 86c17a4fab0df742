// The preview page keeps only the plan's own markup (src/webview/planMarkup.ts), checked in
// Chromium: the plans of the examples pass through whole, and markup that is not the plan's
// becomes text that runs, loads and navigates nothing.
import * as assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import type { BrowserContext, Page } from 'playwright-core';
import { lintStrategy } from '../../src/core/lint';
import { renderPlan } from '../../src/core/render';
import { exampleTexts } from '../unit/helpers';
import { launchBrowser } from './support/session';

// Evaluated as strings: this project compiles tests without the DOM library, and they run in the page.

/** Runs `keepPlanMarkup` on `html` in the page; returns the markup kept. */
function kept(page: Page, html: string): Promise<string> {
  return page.evaluate(`(() => {
    const template = document.createElement('template');
    template.innerHTML = ${JSON.stringify(html)};
    planMarkup.keepPlanMarkup(template.content);
    return template.innerHTML;
  })()`);
}

/** `html` as the browser parses it, untouched. */
function parsed(page: Page, html: string): Promise<string> {
  return page.evaluate(`(() => {
    const template = document.createElement('template');
    template.innerHTML = ${JSON.stringify(html)};
    return template.innerHTML;
  })()`);
}

suite('The preview page\'s markup', () => {
  let browser: { context: BrowserContext; profile: string } | undefined;
  let page: Page;

  suiteSetup(async function () {
    this.timeout(120_000);
    browser = await launchBrowser('plan-markup');
    page = await browser.context.newPage();
    const bundle = buildSync({
      entryPoints: [join(__dirname, '../../src/webview/planMarkup.ts')], bundle: true, write: false, format: 'iife', globalName: 'planMarkup', logLevel: 'silent',
    });
    await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
  });
  suiteTeardown(async () => {
    await browser?.context.close().catch(() => undefined);
    if (browser) rmSync(browser.profile, { recursive: true, force: true });
  });

  test('keeps the plans of the examples whole', async () => {
    for (const text of exampleTexts()) {
      const { html } = renderPlan(lintStrategy(text));
      const asParsed = await parsed(page, html);
      assert.equal(await kept(page, html), asParsed);
    }
  });

  test('turns markup that is not the plan\'s into text: nothing runs, loads or navigates', async () => {
    const hostile = [
      '<p>a<script>window.__pwned = "script"</script></p>',
      '<img src="https://evil.example/x.png" onerror="window.__pwned = \'img\'">',
      '<a href="javascript:window.__pwned = \'link\'" onclick="window.__pwned = \'click\'">link</a>',
      '<a href=" JaVaScRiPt:x">spaced</a><a href="https://example.com/ok" rel="noopener">ok</a>',
      '<svg onload="window.__pwned = \'svg\'"><circle r="1"/></svg>',
      '<style>body { background: url(https://evil.example/css) }</style>',
      '<iframe srcdoc="<script>parent.__pwned = 1</script>"></iframe>',
      '<p style="background: url(https://evil.example/attr)" class="smm-note" data-line="3">styled</p>',
      '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
      '<form action="https://evil.example/"><button>send</button></form>',
    ].join('');
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const html = await kept(page, hostile);
    // The links that lost their address are clicked; the real one would leave the page, which the
    // preview stops and hands to the host.
    await page.evaluate(`(() => {
      const main = document.createElement('main');
      main.innerHTML = ${JSON.stringify(html)};
      document.body.append(main);
      main.querySelectorAll('a:not([href])').forEach((a) => a.click());
    })()`);
    assert.equal(await page.evaluate('window.__pwned ?? null'), null);
    assert.deepEqual(requests.filter((url) => url.startsWith('https://evil.example')), []);
    const elements = await page.evaluate("[...document.querySelectorAll('main *')].map((e) => e.outerHTML.match(/^<[^>]*>/)[0])");
    assert.deepEqual(elements, ['<p>', '<a>', '<a>', '<a href="https://example.com/ok" rel="noopener">', '<p class="smm-note" data-line="3">']);
    // What was markup is now shown as text.
    assert.match(await page.evaluate<string>("document.querySelector('main').textContent"), /window\.__pwned = "script"/);
  });
});
