import { strict as assert } from 'node:assert';
import { previewPage, type PageResources } from '../../../src/host/preview/page';
import { contentSecurityPolicy, isSafeLink } from '../../../src/host/preview/security';
import type { InitialData } from '../../../src/protocol';
import { elements } from '../render/html';

const resources: PageResources = {
  cspSource: 'https://*.vscode-cdn.net',
  script: 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/webview/preview.js',
  style: 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/webview/preview.css',
};
const initial: InitialData = {
  source: 'file:///work/"><script>alert(1)</script>.smm.yaml',
  version: 3,
  locale: 'hy',
  settings: { scrollPreviewWithEditor: true, scrollEditorWithPreview: true, doubleClickToSwitchToEditor: false },
  locked: false,
  line: 12,
};

describe('the preview page', () => {
  const page = previewPage(resources, initial, '<h1 data-line="0">Plan</h1>');
  const all = elements(page, true);
  const csp = all.find((e) => e.tag === 'meta' && e.attrs['http-equiv'] === 'Content-Security-Policy')?.attrs.content ?? '';
  const scripts = all.filter((e) => e.tag === 'script');

  it('allows only its own stylesheet and the script with this page\'s nonce', () => {
    const nonce = /'nonce-([0-9a-f]{32})'/.exec(csp)?.[1];
    assert.ok(nonce, csp);
    assert.equal(csp, contentSecurityPolicy(resources.cspSource, nonce));
    assert.match(csp, /^default-src 'none'; /);
    assert.doesNotMatch(csp, /unsafe-|\*;|'self'/);
    assert.deepEqual(scripts.map((s) => [s.attrs.src, s.attrs.nonce]), [[resources.script, nonce]]);
    assert.ok(all.every((e) => Object.keys(e.attrs).every((a) => !a.startsWith('on'))), 'no event handlers');
  });

  it('has a fresh nonce each time', () => {
    assert.ok(/nonce="([0-9a-f]{32})"/.test(page));
    const nonceOf = (html: string) => /nonce="([0-9a-f]+)"/.exec(html)?.[1];
    assert.notEqual(nonceOf(previewPage(resources, initial, '')), nonceOf(previewPage(resources, initial, '')));
  });

  it('carries the initial state in an escaped attribute, intact', () => {
    const main = all.find((e) => e.tag === 'main');
    assert.deepEqual(JSON.parse(main?.attrs['data-state'] ?? ''), initial);
    assert.equal(main?.attrs.lang, 'hy');
    assert.equal(all.find((e) => e.tag === 'html')?.attrs.lang, 'hy');
    assert.equal(main?.text, 'Plan');
  });
});

describe('links the preview may open', () => {
  for (const href of ['https://example.com/a?b=c#d', 'http://example.com', 'mailto:team@example.com', 'HTTPS://EXAMPLE.COM']) {
    it(`opens ${href}`, () => assert.equal(isSafeLink(href), true));
  }
  for (const href of ['javascript:alert(1)', ' https://example.com', 'https://exa mple.com', 'https://example.com/\nx', 'data:text/html,x', 'file:///etc/passwd', 'command:workbench.action.terminal.new', 'vscode://settings', 'https://', 'mailto:', `https://example.com/${'a'.repeat(3000)}`]) {
    it(`refuses ${JSON.stringify(href.slice(0, 40))}`, () => assert.equal(isSafeLink(href), false));
  }
});
