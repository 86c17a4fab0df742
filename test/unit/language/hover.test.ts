import { strict as assert } from 'node:assert';
import { hoverAt, renderHover, type HoverInfo } from '../../../src/core/language/hover';
import { escapeMarkdown } from '../../../src/core/text/markdown';
import type { Locale } from '../../../src/core/i18n/locale';
import { StrategyDocument } from '../../../src/core/model/document';
import type { Problem } from '../../../src/core/problem';
import { noGoals } from '../../../src/core/rules/no-goals';
import { joinLines } from '../helpers';

/** Hover at the `|` marker, with problems of the given rules on the spans marked `«…»` (in order). */
function hover(source: string, options: { problems?: readonly string[]; locale?: Locale } = {}): { info: HoverInfo | undefined; text: string; markdown: string } {
  let clean = source;
  const spans: { start: number; end: number }[] = [];
  for (;;) {
    const open = clean.indexOf('«');
    if (open < 0) break;
    const close = clean.indexOf('»', open);
    spans.push({ start: open, end: close - 1 });
    clean = clean.slice(0, open) + clean.slice(open + 1, close) + clean.slice(close + 1);
  }
  const offset = clean.indexOf('|');
  clean = clean.slice(0, offset) + clean.slice(offset + 1);
  for (const s of spans) {
    if (s.start > offset) s.start--;
    if (s.end > offset) s.end--;
  }
  const doc = new StrategyDocument(clean);
  const problems: Problem[] = (options.problems ?? []).map((rule, i) => {
    const span = spans[i] ?? spans[0]!;
    return { rule, severity: 'warning', message: 'm', start: span.start, end: span.end, range: doc.lines.rangeOf(span.start, span.end) };
  });
  const locale = options.locale ?? 'en';
  const info = hoverAt(doc, offset, problems, locale);
  return {
    info,
    text: info ? clean.slice(info.start, info.end) : '',
    markdown: info ? renderHover(info, locale, (rule) => `command:smm.showRuleDocs?${encodeURIComponent(JSON.stringify([rule]))}`) : '',
  };
}

const STRATEGY = joinLines(
  'version: 1',
  'brand: { name: Nush }',
  'audiences:',
  '  - id: students',
  '    name: University students',
  'channels:',
  '  - id: ig',
  '    network: instagram',
  '    audiences: [students, ghost]',
);

function mark(needle: string, at = 1): string {
  const i = STRATEGY.indexOf(needle);
  assert.ok(i >= 0, needle);
  return STRATEGY.slice(0, i + at) + '|' + STRATEGY.slice(i + at);
}

describe('hoverAt', () => {
  it('documents a key by its own schema property', () => {
    const { text, markdown } = hover(mark('network'));
    assert.equal(text, 'network');
    assert.equal(markdown, "**Network**\n\nThe social network of this channel. It should be one that the channel's audiences list in `platforms`.");
  });

  it('documents an enum value with its own description', () => {
    const { text, markdown, info } = hover(mark('instagram', 3));
    assert.equal(text, 'instagram');
    assert.deepEqual(info?.enumValue, { value: 'instagram', title: 'Network', markdown: '**Instagram**. In Armenia about 1.3 million active adult users (media.am, 2024).' });
    assert.equal(markdown, '**Network**: `instagram`\n\n**Instagram**. In Armenia about 1.3 million active adult users (media.am, 2024).');
  });

  it('names the item an id refers to and where it is defined', () => {
    const { text, markdown } = hover(mark('students, '));
    assert.equal(text, 'students');
    assert.equal(markdown, '**Audience** students — University students\n\nDefined on line 4\\.');
    assert.equal(hover(mark('students, '), { locale: 'ru' }).markdown, '**Аудитория** students — University students\n\nОпределён в строке 4\\.');
  });

  it('says when a referenced id is defined nowhere', () => {
    assert.equal(hover(mark('ghost')).markdown, "**Audience** ghost\n\nNo item with the id \\'ghost\\' is defined in this file\\.");
  });

  it('counts the references to an id where it is defined', () => {
    const { text, markdown } = hover(mark('students\n'));
    assert.equal(text, 'students');
    assert.equal(markdown, '**Audience** students — University students\n\nReferences to it in this file: 1.');
  });

  it("explains the rule of a problem under the cursor in the file's language, with its docs link", () => {
    const source = joinLines('locale: hy', '«ver|sion»: 1', 'brand: { name: Nush }');
    const { info, markdown } = hover(source, { problems: ['no-goals'], locale: 'hy' });
    assert.deepEqual(info?.rules, [{ rule: 'no-goals', description: noGoals.description.hy, rationale: noGoals.rationale.hy }]);
    // The whole hover in Armenian: the key's documentation too, not only the rule.
    assert.ok(markdown.startsWith('**Ձևաչափի տարբերակ**\n\nՌազմավարության ֆայլի ձևաչափի տարբերակը։'), markdown);
    assert.ok(markdown.endsWith(`---\n\n**no\\-goals** — ${noGoals.description.hy}\n\n*Ինչու՝* ${noGoals.rationale.hy}\n\n[Կանոնի նկարագրությունը](command:smm.showRuleDocs?%5B%22no-goals%22%5D)`), markdown);
  });

  it("speaks the file's language from the first line to the last: a key and an enum value in Russian", () => {
    const source = joinLines('locale: ru', 'channels:', '  - id: vk-group', '    «network: vk»');
    assert.equal(hover(source.replace('network', 'net|work'), { locale: 'ru' }).markdown, '**Соцсеть**\n\nСоциальная сеть этого канала\\.');
    const { markdown } = hover(source.replace(': vk»', ': v|k»'), { locale: 'ru', problems: ['channel-without-goal'] });
    assert.ok(markdown.startsWith('**Соцсеть**: `vk`\n\nСоцсеть ВКонтакте \\(VK\\)\\.\n\n---\n\n**channel\\-without\\-goal** — '), markdown);
    assert.doesNotMatch(markdown, /\b(the|and|of|to|is|in|for|with|this|a)\b/i, 'no English words');
  });

  it('explains a problem in blank space, and every schema check once', () => {
    const { info, markdown } = hover(joinLines('goals: «[a, |b]»'), { problems: ['schema/required', 'schema/type'] });
    assert.deepEqual(info?.rules.map((r) => r.rule), ['schema']);
    assert.ok(markdown.includes('**schema** — The shape of the file is checked against the strategy schema'), markdown);
    const blank = hover(joinLines('brand:', '  name: x', '« | »'), { problems: ['syntax'], locale: 'ru' });
    assert.equal(blank.text, '  ');
    assert.equal(blank.markdown, '**syntax** — Файл должен быть корректным YAML, чтобы можно было проверить его содержимое.\n\n[Документация правила](command:smm.showRuleDocs?%5B%22syntax%22%5D)');
  });

  it('escapes strategy text so a file cannot inject links or HTML', () => {
    const source = joinLines('audiences:', '  - id: students', '    name: "[click](command:evil) <img src=x> **bold**"', 'channels:', '  - id: ig', '    audiences: [stu|dents]');
    const { markdown } = hover(source);
    assert.equal(markdown, '**Audience** students — \\[click\\]\\(command\\:evil\\) \\<img src\\=x\\> \\*\\*bold\\*\\*\n\nDefined on line 2\\.');
  });

  it('has nothing to say on whitespace, on a colon or on unknown keys', () => {
    assert.equal(hover(mark('network', 7)).info, undefined, 'the colon after the key');
    assert.equal(hover(joinLines('brand:', '  name: x', '  | ')).info, undefined);
    assert.equal(hover('unknown_ke|y: 1').info, undefined);
    assert.equal(hover('|').info, undefined);
  });

  it('never throws, wherever the cursor is', () => {
    const source = joinLines('goals:', '- id: a', '  kpis: [{ metric: reach, target: 1 }, { metric: ', '  why: |', '    text', '# c', '- - x', '  - : odd', '\t: [}{]');
    const doc = new StrategyDocument(source);
    for (let offset = 0; offset <= source.length; offset++) {
      const info = hoverAt(doc, offset, [], 'en');
      if (info) renderHover(info, 'en');
    }
  });
});

describe('escapeMarkdown', () => {
  it('escapes punctuation, breaks autolinks and keeps text on one line', () => {
    assert.equal(escapeMarkdown('a_b *c* [d](e) <f> https://x.am\n# g'), 'a\\_b \\*c\\* \\[d\\]\\(e\\) \\<f\\> https\\:\\/\\/x\\.am \\# g');
    assert.equal(escapeMarkdown('Նուշ Кофе'), 'Նուշ Кофе');
  });
});
