import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { markdownText } from '../../src/core/text/markdown';
import { elements, visibleText } from './render/html';

/**
 * A markdown renderer with every construct on, raw HTML and GitHub-style autolinks (`www.`,
 * `http(s)://`) included: stricter than the plan's own engine, which switches most of them off.
 * Email and `mailto:` links are left out: GitHub links them too, and the plan links them anyway.
 */
const full = new MarkdownIt({ html: true, linkify: true, typographer: false });
full.linkify.set({ fuzzyLink: false, fuzzyEmail: false, fuzzyIP: false });
full.linkify.add('//', null).add('mailto:', null);

/** Places the plan puts escaped text, with the elements that place makes itself and the text it shows around it. */
const CONTEXTS: readonly { readonly name: string; readonly markdown: (x: string) => string; readonly tags: readonly string[]; readonly shown: (x: string) => string }[] = [
  { name: 'a paragraph', markdown: (x) => x, tags: ['p'], shown: (x) => x },
  { name: 'a list item', markdown: (x) => `- ${x}`, tags: ['ul', 'li'], shown: (x) => x },
  { name: 'a labelled list item', markdown: (x) => `- **Why:** ${x} · ${x}`, tags: ['ul', 'li', 'strong'], shown: (x) => `Why: ${x} · ${x}`.trim() },
  { name: 'a heading', markdown: (x) => `### ${x}`, tags: ['h3'], shown: (x) => x },
  { name: 'a table cell', markdown: (x) => `| A | B |\n| --- | --- |\n| ${x} | **B:** ${x} |`, tags: ['table', 'thead', 'tr', 'th', 'tbody', 'td', 'strong'], shown: (x) => `A B ${x} B: ${x}` },
  { name: 'a quote', markdown: (x) => `> - ${x}`, tags: ['blockquote', 'ul', 'li'], shown: (x) => x },
];

/** Text full of what markdown reacts to, in the scripts the plans are written in. */
const hostile = fc.string({
  unit: fc.constantFrom(
    ...'\\`*_[]()<>!#&|~:/.-+=@$"\'{}%;0123456789', ' ', ' ', '\n', '\t', 'a', 'w', 'Z', 'Ա', 'ж', '😀',
    'www.', 'http://', 'https://', '&amp;', '&#60;', '1. ', '- ', '# ', '---', '<b>', '<script>', '](x)', '![', '~~', '__',
  ),
  maxLength: 30,
});

const collapse = (x: string) => x.replace(/\s+/g, ' ').trim();

describe('markdownText', () => {
  it('escapes only what would start markdown, so plain text reads as written', () => {
    const cases: readonly [string, string][] = [
      ['Weekday afternoons (15:00-19:00) run at 40% of seating; people nearby', 'Weekday afternoons (15:00-19:00) run at 40% of seating; people nearby'],
      ['food_and_beverage, #nushcoffee, @nush.coffee, C#, 3.5 million, -5%, a+b', 'food_and_beverage, #nushcoffee, @nush.coffee, C#, 3.5 million, -5%, a+b'],
      ['Նուշ Кофе: «Լավ» — “ok”!', 'Նուշ Кофе: «Լավ» — “ok”!'],
      ['*bold* _it_ `code` ~~gone~~ a|b [x](y) <b> back\\slash', '\\*bold\\* \\_it\\_ \\`code\\` \\~\\~gone\\~\\~ a\\|b \\[x\\](y) \\<b> back\\\\slash'],
      ['see https://x.am or www.x.am, not mailto:', 'see https\\://x.am or www\\.x.am, not mailto:'],
      ['AT&T &amp; &#60;', 'AT&T \\&amp; \\&#60;'],
      ['# title', '\\# title'],
      ['> quote', '\\> quote'],
      ['- item', '\\- item'],
      ['---', '\\---'],
      ['1. first', '1\\. first'],
      ['2) second', '2\\) second'],
      ['Closing ##', 'Closing \\##'],
      ['two\nlines\t here', 'two lines here'],
    ];
    for (const [text, escaped] of cases) assert.equal(markdownText(text), escaped, text);
  });

  for (const context of CONTEXTS) {
    it(`shows any text exactly as written in ${context.name}, with no markup of its own`, () => {
      fc.assert(fc.property(hostile, (text) => {
        const html = full.render(context.markdown(markdownText(text.trim())));
        const tags = [...new Set(elements(html).map((e) => e.tag))];
        assert.deepEqual(tags.filter((t) => !context.tags.includes(t)), [], html);
        assert.equal(visibleText(html), collapse(context.shown(collapse(text))), html);
      }), { numRuns: 400 });
    });
  }
});
