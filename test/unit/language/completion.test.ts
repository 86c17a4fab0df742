import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import type { Locale } from '../../../src/core/i18n/locale';
import { completionsAt, type CompletionEntry } from '../../../src/core/language/completion';
import { cursorContext, SCAN } from '../../../src/core/language/cursor';
import { StrategyDocument } from '../../../src/core/model/document';
import { exampleTexts, joinLines } from '../helpers';

/** The document and cursor offset of a source with one cursor marker (`|` unless said otherwise). */
function at(source: string, marker = '|'): { doc: StrategyDocument; offset: number } {
  const offset = source.indexOf(marker);
  assert.ok(offset >= 0 && source.indexOf(marker, offset + 1) < 0, 'exactly one cursor marker');
  return { doc: new StrategyDocument(source.slice(0, offset) + source.slice(offset + marker.length)), offset };
}

function cursor(source: string, marker?: string) {
  const { doc, offset } = at(source, marker);
  const cx = cursorContext(doc, offset);
  return { ...cx, word: doc.text.slice(cx.start, cx.end) };
}

/** Snippets date their deadlines from this day. */
const TODAY = new Date(2026, 11, 6);

function complete(source: string, marker?: string, locale: Locale = 'en'): CompletionEntry[] {
  const { doc, offset } = at(source, marker);
  return completionsAt(doc, offset, { locale, today: TODAY });
}

/** Labels in the order the editor shows them (by sortText, then label). */
function labels(entries: readonly CompletionEntry[]): string[] {
  return [...entries].sort((a, b) => a.sortText.localeCompare(b.sortText) || a.label.localeCompare(b.label)).map((e) => e.label);
}

/** Without the comment directives a blank line also offers (tested on their own below). */
function schemaOnly(entries: readonly CompletionEntry[]): CompletionEntry[] {
  return entries.filter((e) => !e.label.startsWith('#'));
}

function entry(entries: readonly CompletionEntry[], label: string): CompletionEntry {
  const found = entries.find((e) => e.label === label);
  assert.ok(found, `no completion '${label}' in ${JSON.stringify(entries.map((e) => e.label))}`);
  return found;
}

const DEFINITIONS = joinLines(
  'version: 1',
  'brand: { name: Nush Coffee }',
  'audiences:',
  '  - id: students',
  '    name: University students',
  '  - id: young-pros',
  '    name: Young professionals',
  'goals:',
  '  - id: local-awareness',
  '    title: Become the known study café',
  'team:',
  '  - id: ani',
  '    name: Ani (SMM manager)',
  '',
);

describe('cursorContext', () => {
  it('finds a half-typed key in a list item although the YAML is invalid', () => {
    const cx = cursor(joinLines('channels:', '  - id: ig', '    netw|', '  - id: tg', '    network: telegram'));
    assert.equal(cx.kind, 'key');
    assert.deepEqual(cx.path, ['channels', 0]);
    assert.equal(cx.word, 'netw');
    assert.equal(cx.prefix, 'netw');
    assert.deepEqual(cx.presentKeys, ['id']);
    assert.equal(cx.indent, 4);
    assert.equal(cx.hasColon, false);
  });

  it('places an empty line by its indentation: item keys, the list, the root', () => {
    const lines = ['goals:', '  - id: reach', '    kpis:', '      - metric: reach'];
    assert.deepEqual(pick(cursor(joinLines(...lines, '        |'))), { kind: 'key', path: ['goals', 0, 'kpis', 0], presentKeys: ['metric'], items: 0 });
    assert.deepEqual(pick(cursor(joinLines(...lines, '    |'))), { kind: 'key', path: ['goals', 0], presentKeys: ['id', 'kpis'], items: 0 });
    assert.deepEqual(pick(cursor(joinLines(...lines, '  |'))), { kind: 'key', path: ['goals'], presentKeys: [], items: 1 });
    assert.deepEqual(pick(cursor(joinLines(...lines, '|'))), { kind: 'key', path: [], presentKeys: ['goals'], items: 0 });
  });

  it('sees keys written below the cursor too', () => {
    const cx = cursor(joinLines('channels:', '  - id: ig', '    |', '    network: instagram', '    goals: []', '  - id: tg'));
    assert.deepEqual(cx.presentKeys, ['id', 'network', 'goals']);
  });

  it('reads a value after `key: `, from the tree and from the lines alike', () => {
    // Valid YAML: the tree answers.
    const valid = cursor(joinLines('channels:', '  - id: ig', '    network: insta|gram'));
    assert.deepEqual(pick(valid), { kind: 'value', path: ['channels', 0, 'network'], presentKeys: [], items: 0 });
    assert.equal(valid.word, 'instagram');
    assert.equal(valid.prefix, 'insta');
    // The same line in a file with a syntax error elsewhere: the line scan answers the same.
    const invalid = cursor(joinLines('channels:', '  - id: ig', '    network: insta|gram', '  - id: [broken'));
    assert.equal(invalid.kind, 'value');
    assert.deepEqual(invalid.path, ['channels', 0, 'network']);
    assert.equal(invalid.word, 'instagram');
  });

  it('reads an empty value and a quoted one', () => {
    const empty = cursor(joinLines('goals:', '  - id: reach', '    type: |'));
    assert.deepEqual([empty.kind, empty.path, empty.word], ['value', ['goals', 0, 'type'], '']);
    const quoted = cursor(joinLines('goals:', '  - id: reach', '    type: "aw|"', '  - [x'));
    assert.deepEqual([quoted.kind, quoted.path, quoted.word], ['value', ['goals', 0, 'type'], 'aw']);
  });

  it('finds the item in a flow list, closed or not', () => {
    for (const line of ['    formats: [short_video, |]', '    formats: [short_video, |', '    formats: [short_video, |, story]']) {
      const cx = cursor(joinLines('channels:', '  - id: ig', line));
      assert.equal(cx.kind, 'item', line);
      assert.deepEqual(cx.path, ['channels', 0, 'formats', 1], line);
      assert.equal(cx.flow, true);
      assert.deepEqual(cx.siblings, line.includes('story') ? ['short_video', 'story'] : ['short_video'], line);
    }
    const typed = cursor(joinLines('channels:', '  - id: ig', '    formats: [short_video, sto|'));
    assert.deepEqual([typed.kind, typed.word, typed.prefix], ['item', 'sto', 'sto']);
  });

  it('follows a flow list over several lines', () => {
    const cx = cursor(joinLines('channels:', '  - id: ig', '    audiences: [', '      students,', '      |', '    ]'));
    assert.deepEqual([cx.kind, cx.path, cx.siblings], ['item', ['channels', 0, 'audiences', 1], ['students']]);
    const open = cursor(joinLines('channels:', '  - id: ig', '    audiences: [', '      students,', '      |'));
    assert.deepEqual([open.kind, open.path, open.siblings], ['item', ['channels', 0, 'audiences', 1], ['students']]);
  });

  it('reads keys and values inside a flow mapping', () => {
    const key = cursor(joinLines('channels:', '  - id: ig', '    frequency: { count: 3, | }'));
    assert.deepEqual([key.kind, key.path, key.presentKeys, key.flow], ['key', ['channels', 0, 'frequency'], ['count'], true]);
    const value = cursor(joinLines('channels:', '  - id: ig', '    frequency: { count: 3, per: w| }'));
    assert.deepEqual([value.kind, value.path, value.word], ['value', ['channels', 0, 'frequency', 'per'], 'w']);
    const item = cursor(joinLines('channels:', '  - { id: ig, network: | }'));
    assert.deepEqual([item.kind, item.path], ['value', ['channels', 0, 'network']]);
  });

  it('knows a block list item after `- `, and not before its space', () => {
    const cx = cursor(joinLines('channels:', '  - id: ig', '    audiences:', '      - students', '      - |'));
    assert.deepEqual([cx.kind, cx.path, cx.siblings, cx.indent], ['item', ['channels', 0, 'audiences', 1], ['students'], 8]);
    assert.equal(cursor(joinLines('channels:', '  -|')).kind, 'none');
    assert.deepEqual(pick(cursor(joinLines('goals:', '- id: a', '- |'))), { kind: 'item', path: ['goals', 1], presentKeys: [], items: 0 });
  });

  it('handles lists written under their key (no indentation) and CRLF line ends', () => {
    assert.deepEqual(pick(cursor(joinLines('goals:', '- id: a', '  type: awareness', '- id: b', '  |'))), { kind: 'key', path: ['goals', 1], presentKeys: ['id'], items: 0 });
    assert.deepEqual(pick(cursor('goals:\r\n  - id: a\r\n    ty|\r\n')), { kind: 'key', path: ['goals', 0], presentKeys: ['id'], items: 0 });
  });

  it('is nowhere in comments, block scalars and folded text', () => {
    assert.equal(cursor(joinLines('goals:', '  - id: a # note |')).kind, 'none');
    assert.equal(cursor(joinLines('brand:', '  description: >', '    folded', '    ‸', '  - [x'), '‸').kind, 'none');
    // Back at the mapping's column the block scalar has ended.
    assert.deepEqual(pick(cursor(joinLines('brand:', '  name: x', '  description: >', '    folded', '  ‸'), '‸')), { kind: 'key', path: ['brand'], presentKeys: ['name', 'description'], items: 0 });
    assert.equal(cursor(joinLines('goals:', '  - id: a', '    why: some text', '      |')).kind, 'none');
  });
});

function pick(cx: ReturnType<typeof cursor>) {
  return { kind: cx.kind, path: cx.path, presentKeys: cx.presentKeys, items: cx.items };
}

describe('completionsAt', () => {
  it('offers the keys a mapping still lacks, with the schema documentation', () => {
    const entries = complete(joinLines('brand:', '  name: Nush', '  |'));
    assert.deepEqual(labels(schemaOnly(entries)), ['description', 'industry', 'website', 'location', 'languages']);
    const location = entry(entries, 'location');
    assert.equal(location.kind, 'property');
    assert.equal(location.insertText, 'location:\n    $0');
    assert.equal(location.snippet, true);
    assert.equal(entry(entries, 'languages').insertText, 'languages: [$0]');
    assert.equal(entry(entries, 'industry').insertText, 'industry: ');
    assert.equal(entry(entries, 'industry').snippet, false);
  });

  it('puts required keys first and documents a key by its own schema property', () => {
    const entries = complete(joinLines('channels:', '  - |'));
    const keys = labels(entries.filter((e) => e.kind === 'property'));
    assert.deepEqual(keys.slice(0, 2), ['id', 'network']);
    const network = entry(entries, 'network');
    assert.equal(network.detail, 'Network');
    assert.equal(network.documentation, "The social network of this channel. It should be one that the channel's audiences list in `platforms`.");
    assert.equal(network.insertText, 'network: ');
    assert.equal(network.retrigger, true, 'the network value has choices: reopen the list');
    assert.equal(entry(entries, 'frequency').insertText, 'frequency:\n      $0');
  });

  it('completes a half-typed key on an invalid line, replacing the typed word', () => {
    const { doc, offset } = at(joinLines('channels:', '  - id: ig', '    netw|', '  - id: tg'));
    const network = entry(completionsAt(doc, offset), 'network');
    assert.equal(doc.text.slice(network.start, network.end), 'netw');
    assert.equal(network.insertText, 'network: ');
  });

  it('replaces only the name of a key that already has its colon', () => {
    const type = entry(complete(joinLines('goals:', '  - id: a', '    ty|pe: awareness')), 'type');
    assert.equal(type.insertText, 'type');
  });

  it('offers enum values with their descriptions, without the twitter alias', () => {
    const entries = complete(joinLines('channels:', '  - id: ig', '    network: |'));
    const instagram = entry(entries, 'instagram');
    assert.equal(instagram.kind, 'enum');
    assert.equal(instagram.insertText, 'instagram');
    assert.equal(instagram.documentation, '**Instagram**. In Armenia about 1.3 million active adult users (media.am, 2024).');
    assert.ok(!entries.some((e) => e.label === 'twitter'));
    assert.equal(labels(entries)[0], 'facebook');
    // Right after the colon the value gets its space.
    assert.equal(entry(complete(joinLines('channels:', '  - id: ig', '    network:|')), 'x').insertText, ' x');
  });

  it('offers enum values inside a flow list, without those already there', () => {
    const entries = complete(joinLines('channels:', '  - id: ig', '    formats: [short_video, |]'));
    assert.deepEqual(labels(entries), ['post', 'image', 'carousel', 'long_video', 'story', 'live', 'text', 'poll', 'article', 'message']);
    assert.equal(entry(entries, 'carousel').documentation, 'Several images or slides in one post.');
  });

  it('offers constants and booleans', () => {
    assert.deepEqual(labels(complete('version: |')), ['1']);
    assert.deepEqual(labels(complete(joinLines('goals:', '  - id: a', '    primary: |'))), ['true', 'false']);
    assert.equal(entry(complete('|'), 'version').insertText, 'version: 1');
  });

  it('offers audience ids in channels[].audiences, named, without those already listed', () => {
    for (const line of ['    audiences: [students, |]', '    audiences: [students, |', '    audiences: [students, y|]']) {
      const entries = complete(DEFINITIONS + joinLines('channels:', '  - id: ig', line));
      assert.deepEqual(entries.map((e) => [e.label, e.kind, e.detail, e.insertText]), [['young-pros', 'reference', 'Young professionals', 'young-pros']], line);
    }
    // On an id already written, completion replaces it: every id fits, itself included.
    assert.deepEqual(complete(DEFINITIONS + joinLines('channels:', '  - id: ig', '    audiences: [stu|dents]')).map((e) => e.label), ['students', 'young-pros']);
    const block = complete(DEFINITIONS + joinLines('channels:', '  - id: ig', '    audiences:', '      - young-pros', '      - |'));
    assert.deepEqual(block.map((e) => e.label), ['students']);
    // A line under the key without its `- ` yet: the item is written with it.
    const bare = complete(DEFINITIONS + joinLines('channels:', '  - id: ig', '    audiences:', '      - young-pros', '      |'));
    assert.deepEqual(schemaOnly(bare).map((e) => [e.label, e.insertText, e.filterText]), [['students', '- students', 'students']]);
    // Inline after `audiences: ` the list is written in brackets.
    const inline = complete(DEFINITIONS + joinLines('channels:', '  - id: ig', '    audiences: |'));
    assert.deepEqual(inline.map((e) => [e.label, e.insertText]), [['students', '[students]'], ['young-pros', '[young-pros]']]);
  });

  it('offers only the ids of the section a reference names, and nothing when all are used', () => {
    // A content pillar and a channel named like an audience are not audiences.
    const source = DEFINITIONS + joinLines('content_pillars:', '  - id: studentz', 'channels:', '  - id: young-prose', '    audiences: [|]');
    assert.deepEqual(complete(source).map((e) => [e.label, e.kind]), [['students', 'reference'], ['young-pros', 'reference']]);
    assert.deepEqual(complete(source.replace('[|]', '[students, young-pros, |]')), []);
    assert.deepEqual(complete(DEFINITIONS + joinLines('channels:', '  - id: ig', '    audiences:', '      - students', '      - young-pros', '      - |')), []);
  });

  it('offers goal, channel and team ids where those are referenced', () => {
    const source = DEFINITIONS + joinLines('channels:', '  - id: ig-main', '    name: Instagram main', '    goals: [|]');
    assert.deepEqual(complete(source).map((e) => [e.label, e.detail]), [['local-awareness', 'Become the known study café']]);
    const kpi = DEFINITIONS.replace('    title: Become the known study café', joinLines('    title: Become the known study café', '    kpis:', '      - metric: reach', '        channel: |'))
      + joinLines('channels:', '  - id: ig-main', '    network: instagram');
    assert.deepEqual(complete(kpi).map((e) => e.label), ['ig-main']);
    assert.deepEqual(complete(DEFINITIONS + joinLines('reporting:', '  owner: |')).map((e) => [e.label, e.detail]), [['ani', 'Ani (SMM manager)']]);
    assert.deepEqual(complete(DEFINITIONS + joinLines('channels:', '  - id: ig', '    owner: a|')).map((e) => e.label), ['ani']);
  });

  it('offers a whole goal with KPIs as a snippet where a goal item starts', () => {
    const goal = entry(complete(joinLines('goals:', '  - |')), 'goal');
    assert.equal(goal.kind, 'snippet');
    assert.equal(goal.snippet, true);
    assert.equal(goal.insertText, joinLines(
      'id: ${1:goal-id}',
      '    type: ${2|awareness,engagement,traffic,leads,sales,customer_care,community,loyalty|}',
      '    primary: true',
      '    title: ${3:What we want to achieve}',
      '    why: ${4:Which business problem it solves}',
      '    deadline: ${5:2027-06-06}',
      '    kpis:',
      '      - metric: ${6:reach}',
      '        baseline: ${7:0}',
      '        target: ${8:1000}',
      '        unit: count',
      '        per: month',
    ));
    assert.equal(goal.detail, 'A goal with a KPI.');
    assert.match(goal.documentation!, /^```yaml\nid: goal-id\n/);
    // Without the `- ` yet, the snippet brings it.
    assert.ok(entry(complete(joinLines('goals:', '  |')), 'goal').insertText.startsWith('- id: ${1:goal-id}\n    type: '));
    // After `goals: ` the items go on the lines below.
    assert.ok(entry(complete('goals: |'), 'goal').insertText.startsWith('\n  - id: ${1:goal-id}\n    type: '));
  });

  it('offers an audience with the article\'s four dimensions, a channel and a competitor with presence', () => {
    const audience = entry(complete(joinLines('audiences:', '  - |')), 'audience').insertText;
    for (const dimension of ['demographics:', 'geography:', 'psychographics:', 'needs:', 'expectations:']) assert.ok(audience.includes(`\n    ${dimension}`), dimension);
    assert.ok(audience.includes('\n      gender: [${3:any}]'));
    assert.ok(entry(complete(joinLines('channels:', '  - |')), 'channel').insertText.includes('\n    frequency:\n      count: ${10:3}\n      per: week'));
    const competitor = entry(complete(joinLines('competitors:', '  - |')), 'competitor').insertText;
    assert.ok(competitor.includes('\n    presence:\n      - network: ${4:instagram}\n        followers: ${5:0}'), competitor);
  });

  it('offers the new strategy file in an empty file, in the language asked for', () => {
    const entries = complete('|');
    const skeleton = entry(entries, 'New SMM strategy');
    assert.equal(skeleton.kind, 'snippet');
    assert.match(skeleton.insertText, /^# yaml-language-server: \\\$schema=\S+\n(# .*\n)+version: 1\nlocale: en\nphase: planning\nbrand:\n {2}name: \$\{1:Brand name\}\nperiod:\n {2}start: \$\{2:2026-12-06\}\n/);
    assert.equal(labels(entries)[0], 'New SMM strategy');
    const armenian = entry(complete('|', undefined, 'hy'), 'Նոր SMM ռազմավարություն');
    assert.match(armenian.insertText, /\nlocale: hy\n/);
    assert.equal(armenian.filterText, 'New SMM strategy Նոր SMM ռազմավարություն');
  });

  it("explains keys, values and snippets in the file's language", () => {
    const keys = complete(joinLines('locale: ru', 'channels:', '  - id: vk', '    |'), undefined, 'ru');
    assert.deepEqual([entry(keys, 'network').detail, entry(keys, 'network').documentation], ['Соцсеть', 'Социальная сеть этого канала\\.']);
    const networks = complete(joinLines('channels:', '  - id: vk', '    network: |'), undefined, 'hy');
    assert.equal(entry(networks, 'vk').detail, 'ՎԿոնտակտե');
    assert.equal(entry(networks, 'vk').documentation, 'ՎԿոնտակտե \\(VK\\) սոցիալական ցանցը։');
    // A label that only repeats the value adds nothing.
    assert.equal(entry(networks, 'instagram').detail, undefined);
    const goal = entry(complete(joinLines('goals:', '  - |'), undefined, 'ru'), 'цель');
    assert.equal(goal.detail, 'Цель с ключевым показателем.');
    assert.equal(goal.filterText, 'goal цель');
    assert.match(goal.insertText, /\n {4}title: \$\{3:Чего мы хотим достичь\}\n/);
    assert.match(goal.documentation!, /^```yaml\nid: goal-id\n[^]*title: Чего мы хотим достичь\n/);
  });

  it('offers a section\'s snippets between its empty brackets, writing the block below the key', () => {
    for (const [line, label] of [['goals: [|]', 'goal'], ['goals: [ | ]', 'goal'], ['value: {|}', 'value']] as const) {
      const { doc, offset } = at(joinLines('version: 1', line, 'audiences: []'));
      const snippet = entry(completionsAt(doc, offset, { today: TODAY }), label);
      const close = doc.text.indexOf(label === 'goal' ? ']' : '}');
      assert.deepEqual([snippet.start, snippet.end], [offset, close + 1], line);
      assert.deepEqual(snippet.additionalEdits, [{ start: doc.text.indexOf(':', 'version: 1'.length) + 1, end: offset, newText: '' }], line);
      const inserted = doc.text.slice(0, snippet.additionalEdits![0]!.start) + snippet.insertText + doc.text.slice(snippet.end);
      assert.ok(inserted.startsWith(label === 'goal' ? 'version: 1\ngoals:\n  - id: ${1:goal-id}\n    type: ' : 'version: 1\nvalue:\n  proposition: ${1:'), inserted);
      assert.ok(inserted.endsWith('\naudiences: []'), inserted);
    }
    // Not in a list that has items, nor below the top level: there the usual proposals apply.
    assert.ok(!complete(joinLines('goals: [{ id: a }, |]')).some((e) => e.kind === 'snippet'));
  });

  it('never offers the same label twice and never throws, wherever the cursor is', () => {
    const sources = [
      DEFINITIONS + joinLines('channels:', '  - id: ig', '    network: instagram', '    audiences: [students, ', '    formats:', '      - story', '  - netw', '    { broken', 'value: "open'),
      joinLines('goals:', '- id: a', '  kpis: [{ metric: reach, target: 1 }, { metric: ', '  why: |', '    text', '      more', '# comment', '- - nested', '  - : odd'),
      '\t: [}{]\n-\n- -\n  ? complex\n  : value\n&a x: *a\n',
    ];
    for (const source of sources) {
      const doc = new StrategyDocument(source);
      for (let offset = 0; offset <= source.length; offset++) {
        const entries = completionsAt(doc, offset);
        const seen = new Set(entries.map((e) => e.label));
        assert.equal(seen.size, entries.length, `duplicates at ${offset}`);
        for (const e of entries) {
          assert.ok(e.start <= offset && offset <= e.end, `range around the cursor at ${offset}`);
          assert.ok(!doc.text.slice(e.start, e.end).includes('\n'), `single-line range at ${offset}`);
        }
      }
    }
  });
});

describe('completion of comments', () => {
  const at = (source: string) => {
    const offset = source.indexOf('|');
    const text = source.replace('|', '');
    return completionsAt(new StrategyDocument(text), offset);
  };

  it('offers the suppression comments last on a blank line, and the schema line on the first', () => {
    const labels = at('|\nversion: 1\n').map((c) => c.label);
    assert.equal(labels[labels.length - 1], '# smm-disable');
    assert.ok(labels.includes('# yaml-language-server: $schema=…'));
    const later = at('version: 1\n|\n').map((c) => c.label);
    assert.ok(later.includes('# smm-disable-next-line') && !later.includes('# yaml-language-server: $schema=…'));
  });

  it('offers only comments inside a comment, replacing from #', () => {
    const entries = at('version: 1\n  # smm|\n');
    assert.deepEqual(entries.map((c) => c.label), ['# smm-disable-next-line', '# smm-disable']);
    assert.equal(entries[0]!.start, 'version: 1\n  '.length);
    assert.deepEqual(at('version: 1\n# a free remark about |\n'), []);
  });

  it('offers rule ids after smm-disable, replacing the id being typed', () => {
    const entries = at('# smm-disable no-budget, audience-g|\nversion: 1\n');
    assert.ok(entries.some((c) => c.label === 'audience-geography-missing'));
    assert.ok(entries.every((c) => c.start === '# smm-disable no-budget, '.length));
    assert.ok(!entries.some((c) => c.label === 'syntax'), 'syntax errors cannot be silenced');
  });

  it('never offers comments at a value position', () => {
    assert.ok(!at('channels:\n  - network: |\n').some((c) => c.label.startsWith('#')));
  });
});

describe('completion in a long file', () => {
  it('reads only the cursor\'s section or item, and answers as reading the whole file does', function () {
    this.timeout(120_000);
    const positions = fc.tuple(fc.constantFrom(...exampleTexts()), fc.array(fc.tuple(fc.nat(), fc.constantFrom('', 'p', '  ', '- ', 'x: ', '\n', '\n  - ', '\n    t', '[', '"', '|\n')), { maxLength: 3 }), fc.nat());
    fc.assert(fc.property(positions, ([example, typed, at]) => {
      // Something typed at a few places, so keys being typed and broken lines are among the cases.
      let text = example;
      for (const [where, what] of typed) {
        const offset = where % (text.length + 1);
        text = text.slice(0, offset) + what + text.slice(offset);
      }
      const doc = new StrategyDocument(text);
      const offset = at % (text.length + 1);
      const answer = () => completionsAt(doc, offset, { locale: 'en' }).map((e) => [e.label, e.insertText, e.start, e.end]);
      const windowed = answer();
      SCAN.windowed = false;
      try {
        assert.deepEqual(windowed, answer(), JSON.stringify(text.slice(Math.max(0, offset - 40), offset + 20)));
      } finally {
        SCAN.windowed = true;
      }
    }), { numRuns: 800 });
  });
});
