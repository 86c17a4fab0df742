import { strict as assert } from 'node:assert';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintStrategy } from '../../../src/core/lint';
import { planDocument, renderPlan } from '../../../src/core/render';
import { sha256Base64 } from '../../../src/core/text/sha256';
import { elements } from './html';

describe('planDocument', () => {
  const source = readFileSync(join(__dirname, '../../../examples/kumayri-bakery.hy.smm.yaml'), 'utf8');
  const page = planDocument(renderPlan(lintStrategy(source)));
  const els = elements(page, true);

  it('is a whole page that starts with a policy that blocks every script, then declares its encoding in time', () => {
    assert.ok(page.startsWith('<!doctype html>\n<html lang="hy">\n<head>\n<meta http-equiv="Content-Security-Policy" '));
    assert.deepEqual(els.slice(0, 4).map((e) => e.tag), ['html', 'head', 'meta', 'meta']);
    assert.equal(els[3]!.attrs.charset, 'utf-8');
    // Browsers look for the encoding in the first 1024 bytes only.
    assert.ok(Buffer.byteLength(page.slice(0, page.indexOf('<meta charset="utf-8">') + '<meta charset="utf-8">'.length)) <= 1024);
    const csp = els.find((e) => e.attrs['http-equiv'] === 'Content-Security-Policy')!.attrs.content!;
    const directives = new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));
    assert.deepEqual(directives.get('default-src'), ["'none'"]);
    assert.equal(directives.has('script-src'), false, 'scripts fall back to default-src none');
    assert.ok(!csp.includes('unsafe-eval') && !csp.includes('unsafe-inline'));
    assert.equal(els.filter((e) => e.tag === 'script').length, 0);
  });

  it('embeds its one stylesheet, allowed by its hash', () => {
    const styles = els.filter((e) => e.tag === 'style');
    assert.equal(styles.length, 1);
    const css = /<style>([\s\S]*?)<\/style>/.exec(page)![1]!;
    const hash = createHash('sha256').update(css, 'utf8').digest('base64');
    assert.ok(page.includes(`style-src 'sha256-${hash}'`));
    assert.match(css, /prefers-color-scheme: dark/);
    assert.match(css, /@media print/);
  });

  it('titles the page after the brand, in the plan\'s language', () => {
    assert.equal(els.find((e) => e.tag === 'title')?.text, '«Կումայրի» հացատուն․ SMM ռազմավարություն');
    assert.ok(els.some((e) => e.tag === 'main' && e.attrs.class === 'smm-plan'));
  });
});

describe('sha256Base64', () => {
  it('agrees with Node\'s crypto on text of every length and script', () => {
    for (const text of ['', 'abc', 'a'.repeat(55), 'a'.repeat(56), 'a'.repeat(64), 'Նուշ Кофе 🎓'.repeat(40)]) {
      assert.equal(sha256Base64(text), createHash('sha256').update(text, 'utf8').digest('base64'));
    }
  });
});
