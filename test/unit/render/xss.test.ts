import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument, visit } from 'yaml';
import { lintStrategy } from '../../../src/core/lint';
import { planDocument, renderPlan } from '../../../src/core/render';
import { elements, visibleText } from './html';

/**
 * Attacks a strategy's text might carry. Each one is put into every string value of a complete
 * strategy at once (every free-text field, every URL field, and ids and enum values too), then
 * the plan and the exported page are parsed with a real HTML parser.
 */
const CORPUS = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'><svg onload=alert(1)><circle r=1 /></svg>",
  '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
  '<a href="javascript:alert(1)">click</a>',
  'javascript:alert(1)',
  ' JaVaScRiPt:alert(document.domain)',
  'java\tscript:alert(1)',
  'vbscript:msgbox(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  '[click me](javascript:alert(1))',
  '[x](data:text/html,<script>alert(1)</script>)',
  '<javascript:alert(1)>',
  '![pixel](https://evil.example/track.png)',
  '**bold** _italic_ `code` # not a heading',
  '</style><script>alert(1)</script>',
  '<style>body{background:url(https://evil.example/x)}</style>',
  'x" style="background:url(https://evil.example)',
  'expression(alert(1)); behavior:url(x.htc)',
  '<meta http-equiv="refresh" content="0;url=https://evil.example">',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<form action="https://evil.example"><button>Send</button></form>',
  '<<script>script>alert(1)<</script>/script>',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  "{{constructor.constructor('alert(1)')()}}",
  '${alert(1)}',
  '#{alert(1)} <%= alert(1) %>',
  'https://example.com/"onmouseover="alert(1)',
  'https://example.com/(x)[y]<z>',
  'mailto:a@example.com?body=<script>alert(1)</script>',
];

/** Elements that can run code, load something, navigate or restyle the page. */
const ACTIVE = new Set(['script', 'img', 'svg', 'math', 'iframe', 'frame', 'frameset', 'object', 'embed', 'link', 'base', 'form', 'input', 'button', 'textarea', 'select', 'video', 'audio', 'source', 'template', 'meta', 'style']);

const source = readFileSync(join(__dirname, '../../../examples/nush-coffee.en.smm.yaml'), 'utf8');

/** The example with every string value (not the keys) replaced by `payload`. */
function poisoned(payload: string): string {
  const doc = parseDocument(source);
  visit(doc, {
    Scalar(key, node) {
      if (key !== 'key' && typeof node.value === 'string') node.value = payload;
    },
  });
  return doc.toString();
}

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

describe('renderPlan with hostile text', () => {
  for (const payload of CORPUS) {
    it(`shows ${JSON.stringify(payload)} as inert text`, () => {
      const text = poisoned(payload);
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
