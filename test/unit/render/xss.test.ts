import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintStrategy } from '../../../src/core/lint';
import { planDocument, renderPlan } from '../../../src/core/render';
import { ATTACKS, poisoned } from './attacks';
import { elements, visibleText } from './html';

/** Elements that can run code, load something, navigate or restyle the page. */
const ACTIVE = new Set(['script', 'img', 'svg', 'math', 'iframe', 'frame', 'frameset', 'object', 'embed', 'link', 'base', 'form', 'input', 'button', 'textarea', 'select', 'video', 'audio', 'source', 'template', 'meta', 'style']);

const source = readFileSync(join(__dirname, '../../../examples/nush-coffee.en.smm.yaml'), 'utf8');

function assertInert(html: string, whole: boolean): void {
  for (const e of elements(html, whole)) {
    const allowedHead = whole && ((e.tag === 'meta' && (e.attrs.charset !== undefined || e.attrs['http-equiv'] === 'Content-Security-Policy' || e.attrs.name === 'viewport')) || e.tag === 'style');
    assert.ok(!ACTIVE.has(e.tag) || allowedHead, `active element <${e.tag}>`);
    for (const [name, value] of Object.entries(e.attrs)) {
      assert.ok(!name.startsWith('on'), `event handler ${name} on <${e.tag}>`);
      assert.ok(!['style', 'src', 'srcdoc', 'action', 'formaction', 'xlink:href', 'background', 'poster'].includes(name), `${name} on <${e.tag}>`);
      if (name === 'href') assert.match(value, /^(https?:\/\/|mailto:)/i, `link to ${value}`);
    }
  }
}

/**
 * Each attack is put into every string value of a complete strategy at once, then the plan and the
 * exported page are parsed with a real HTML parser.
 */
describe('renderPlan with hostile text', () => {
  for (const payload of ATTACKS) {
    it(`shows ${JSON.stringify(payload)} as inert text`, () => {
      const text = poisoned(source, () => payload);
      const plan = renderPlan(lintStrategy(text));
      assert.deepEqual(plan.errors, []);
      assertInert(plan.html, false);
      assertInert(planDocument(plan), true);
      // Shown literally, not interpreted: the reader sees the characters that were written.
      const shown = payload.replace(/\s+/g, ' ').trim();
      assert.ok(visibleText(plan.html).split(shown).length > 40, `${shown} is not shown as written`);
    });
  }

  it('links a URL field only to an http(s) or mailto address, and opens it without a referrer', () => {
    const plan = renderPlan(lintStrategy('version: 1\nbrand: { name: X, website: "https://example.am/a(b)" }\nchannels:\n  - { id: a, network: vk, url: "javascript:alert(1)" }\n'));
    const links = elements(plan.html).filter((e) => e.tag === 'a');
    assert.deepEqual(links.map((e) => [e.attrs.href, e.attrs.rel, e.text]), [['https://example.am/a(b)', 'noopener noreferrer', 'https://example.am/a(b)']]);
    assert.ok(visibleText(plan.html).includes('javascript:alert(1)'));
  });
});
