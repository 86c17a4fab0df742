import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import {
  findDefinitions, findReferences, idOccurrenceAt, prepareRename, renameEdits, type Span, type TextEdit,
} from '../../../src/core/language/navigation';
import { StrategyDocument } from '../../../src/core/model/document';
import { joinLines } from '../helpers';

/** Splits a source holding one `|` cursor marker into the text and the cursor's offset. */
function cursor(marked: string): { doc: StrategyDocument; source: string; offset: number } {
  const offset = marked.indexOf('|');
  assert.ok(offset >= 0 && marked.indexOf('|', offset + 1) < 0, 'exactly one | marker');
  const source = marked.slice(0, offset) + marked.slice(offset + 1);
  return { doc: new StrategyDocument(source), source, offset };
}

/** A span as `[line, character, text]`, so expectations say where and what. */
function where(doc: StrategyDocument, span: Span): [number, number, string] {
  const p = doc.lines.positionAt(span.start);
  return [p.line, p.character, doc.text.slice(span.start, span.end)];
}

function apply(source: string, edits: readonly TextEdit[]): string {
  let out = source;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

const STRATEGY = [
  'goals:',
  '  - id: reach',
  '    title: Reach',
  '    audiences: [students]',
  '    kpis:',
  '      - { metric: reach, channel: ig-main }',
  'audiences:',
  '  - id: students',
  '    name: Students',
  '  - id: "parents"',
  '    name: Parents',
  'channels:',
  '  - id: ig-main',
  '    network: instagram',
  '    audiences:',
  '      - students',
  '      - "parents"',
  '    goals: [reach]',
  '  - id: tg',
  '    network: telegram',
  "    audiences: ['students', parents]",
  'content_pillars:',
  '  - { id: tips, name: Tips, audiences: students }',
];

/** The strategy above with the cursor marker inserted at the n-th occurrence of `text` (+ `delta`). */
function strategyAt(text: string, occurrence = 0, delta = 0): ReturnType<typeof cursor> {
  const source = joinLines(...STRATEGY);
  let index = -1;
  for (let i = 0; i <= occurrence; i++) index = source.indexOf(text, index + 1);
  assert.ok(index >= 0, `${text} #${occurrence}`);
  const at = index + delta;
  return cursor(source.slice(0, at) + '|' + source.slice(at));
}

describe('language/navigation', () => {
  describe('idOccurrenceAt', () => {
    it('recognises definitions and references, in block and flow lists, quoted or not', () => {
      const cases: [string, number, number, string, string, string][] = [
        // text, occurrence, delta → role, section, id
        ['reach', 0, 0, 'definition', 'goals', 'reach'],
        ['students', 0, 3, 'reference', 'audiences', 'students'],
        ['ig-main', 0, 7, 'reference', 'channels', 'ig-main'], // end inclusive: just after the id
        ['students', 2, 0, 'reference', 'audiences', 'students'],
        ['"parents"', 1, 0, 'reference', 'audiences', 'parents'], // on the quote
        ["'students'", 0, 4, 'reference', 'audiences', 'students'],
        ['students }', 0, 1, 'reference', 'audiences', 'students'], // lone scalar where a list goes
        ['tips', 0, 2, 'definition', 'content_pillars', 'tips'],
      ];
      for (const [text, n, delta, role, section, id] of cases) {
        const { doc, offset } = strategyAt(text, n, delta);
        const found = idOccurrenceAt(doc, offset);
        assert.deepEqual(found && [found.role, found.section, found.id], [role, section, id], `${text} #${n} +${delta}`);
      }
    });

    it('is nothing on keys, other values, empty ids and between list items', () => {
      for (const [text, n, delta] of [['id: reach', 0, 1], ['title: Reach', 0, 8], ['metric: reach', 0, 9], ['[students]', 0, 0], ['network', 0, 0]] as const) {
        const { doc, offset } = strategyAt(text, n, delta);
        assert.equal(idOccurrenceAt(doc, offset), undefined, `${text} +${delta}`);
      }
      const { doc, offset } = cursor('goals:\n  - id: |\n');
      assert.equal(idOccurrenceAt(doc, offset), undefined);
      const numeric = cursor('goals:\n  - id: 4|2\n');
      assert.equal(idOccurrenceAt(numeric.doc, numeric.offset), undefined);
    });

    it('gives the id span inside the quotes', () => {
      const { doc, offset } = strategyAt('"parents"', 0, 3);
      const found = idOccurrenceAt(doc, offset);
      assert.ok(found);
      assert.deepEqual(where(doc, found.span), [9, 9, 'parents']);
    });
  });

  describe('findDefinitions', () => {
    it('goes from a reference to the defining id, with the whole item for the peek view', () => {
      const { doc, source, offset } = strategyAt('students', 2, 2);
      const [def, ...rest] = findDefinitions(doc, offset);
      assert.ok(def);
      assert.deepEqual(rest, []);
      assert.deepEqual(where(doc, def.origin), [15, 8, 'students']);
      assert.deepEqual(where(doc, def.target), [7, 8, 'students']);
      assert.deepEqual(def.target, { start: source.indexOf('id: students') + 4, end: source.indexOf('id: students') + 12 });
      assert.equal(source.slice(def.item.start, def.item.end), 'id: students\n    name: Students');
    });

    it('goes from a quoted reference to a quoted definition', () => {
      const { doc, offset } = strategyAt('"parents"', 1, 4);
      assert.deepEqual(findDefinitions(doc, offset).map((d) => [where(doc, d.origin), where(doc, d.target)]), [
        [[16, 9, 'parents'], [9, 9, 'parents']],
      ]);
    });

    it('stays on a definition', () => {
      const { doc, offset } = strategyAt('ig-main', 1, 0);
      assert.deepEqual(findDefinitions(doc, offset).map((d) => where(doc, d.target)), [[12, 8, 'ig-main']]);
    });

    it('finds every definition of a duplicated id, and none for an unknown one', () => {
      const dup = cursor(joinLines('team:', '  - { id: ani }', '  - { id: ani }', 'reporting: { owner: a|ni }'));
      assert.deepEqual(findDefinitions(dup.doc, dup.offset).map((d) => where(dup.doc, d.target)), [[1, 10, 'ani'], [2, 10, 'ani']]);
      const unknown = cursor(joinLines('team: []', 'reporting: { owner: bo|b }'));
      assert.deepEqual(findDefinitions(unknown.doc, unknown.offset), []);
    });

    it('only looks in the section the reference points to', () => {
      const { doc, offset } = cursor(joinLines('goals: [{ id: x }]', 'channels: [{ id: x, goals: [|x] }]'));
      assert.deepEqual(findDefinitions(doc, offset).map((d) => where(doc, d.target)), [[0, 14, 'x']]);
    });
  });

  describe('findReferences', () => {
    it('lists every reference, with or without the declaration', () => {
      const { doc, offset } = strategyAt('students', 1, 0);
      assert.deepEqual(findReferences(doc, offset, false).map((s) => where(doc, s)), [
        [3, 16, 'students'],
        [15, 8, 'students'],
        [20, 17, 'students'],
        [22, 39, 'students'],
      ]);
      assert.deepEqual(findReferences(doc, offset, true).map((s) => where(doc, s)), [
        [3, 16, 'students'],
        [7, 8, 'students'],
        [15, 8, 'students'],
        [20, 17, 'students'],
        [22, 39, 'students'],
      ]);
    });

    it('works from a reference too, and finds nothing off an id', () => {
      const from = strategyAt('parents]', 0, 0);
      assert.deepEqual(findReferences(from.doc, from.offset, true).map((s) => where(from.doc, s)), [
        [9, 9, 'parents'],
        [16, 9, 'parents'],
        [20, 28, 'parents'],
      ]);
      const off = strategyAt('network', 0, 2);
      assert.deepEqual(findReferences(off.doc, off.offset, true), []);
    });
  });

  describe('prepareRename', () => {
    it('answers the id span and text', () => {
      const { doc, offset } = strategyAt('"parents"', 1, 2);
      const answer = prepareRename(doc, offset, 'en');
      assert.ok(answer.ok);
      assert.deepEqual(where(doc, answer.value.span), [16, 9, 'parents']);
      assert.equal(answer.value.placeholder, 'parents');
    });

    it('refuses off an id, in the file language', () => {
      const { doc, offset } = strategyAt('title: Reach', 0, 9);
      assert.deepEqual(prepareRename(doc, offset, 'en'), { ok: false, message: "Only ids can be renamed: put the cursor on an item's id or on a reference to it." });
      assert.deepEqual(prepareRename(doc, offset, 'ru'), { ok: false, message: 'Переименовать можно только id: поставьте курсор на id элемента или на ссылку на него.' });
      assert.equal(prepareRename(doc, offset, 'hy').ok, false);
    });
  });

  describe('renameEdits', () => {
    it('renames the definition and every reference, keeping quotes, in block and flow lists', () => {
      const { doc, source, offset } = strategyAt('students', 0, 0);
      const answer = renameEdits(doc, offset, 'learners', 'en');
      assert.ok(answer.ok);
      assert.deepEqual(answer.value.map((e) => [...where(doc, e), e.newText]), [
        [3, 16, 'students', 'learners'],
        [7, 8, 'students', 'learners'],
        [15, 8, 'students', 'learners'],
        [20, 17, 'students', 'learners'],
        [22, 39, 'students', 'learners'],
      ]);
      assert.equal(apply(source, answer.value), source.replaceAll('students', 'learners'));
      assert.ok(apply(source, answer.value).includes("audiences: ['learners', parents]"));
    });

    it('renames a quoted definition from a plain reference', () => {
      const { doc, source, offset } = strategyAt('parents]', 0, 7);
      const answer = renameEdits(doc, offset, 'families', 'en');
      assert.ok(answer.ok);
      const renamed = apply(source, answer.value);
      assert.ok(renamed.includes('  - id: "families"\n'));
      assert.ok(renamed.includes('      - "families"\n'));
      assert.ok(renamed.includes("audiences: ['students', families]"));
      assert.ok(!renamed.includes('parents'));
    });

    it('exact edits for a small file', () => {
      const { doc, offset } = cursor(joinLines('team:', '  - id: a|ni', 'reporting:', '  owner: ani'));
      assert.deepEqual(renameEdits(doc, offset, 'anna', 'en'), {
        ok: true,
        value: [{ start: 14, end: 17, newText: 'anna' }, { start: 38, end: 41, newText: 'anna' }],
      });
    });

    it('leaves same-named ids of other sections alone', () => {
      const { doc, source, offset } = cursor(joinLines(
        'goals: [{ id: core }]',
        'content_pillars: [{ id: core, goals: [core] }]',
        'calendar: { entries: [{ pillar: co|re }] }',
      ));
      const answer = renameEdits(doc, offset, 'basics', 'en');
      assert.ok(answer.ok);
      assert.equal(apply(source, answer.value), joinLines(
        'goals: [{ id: core }]',
        'content_pillars: [{ id: basics, goals: [core] }]',
        'calendar: { entries: [{ pillar: basics }] }',
      ));
    });

    it('refuses a name that is not a kebab-case id', () => {
      const { doc, offset } = strategyAt('ig-main', 0, 0);
      for (const bad of ['IG', 'ig_main', 'ig main', '1ig', 'ig-', '', 'инста']) {
        const answer = renameEdits(doc, offset, bad, 'en');
        assert.deepEqual(answer, {
          ok: false,
          message: `'${bad}' is not a valid id: use lowercase Latin letters, digits and hyphens, starting with a letter (e.g. young-professionals).`,
        });
      }
      assert.match((renameEdits(doc, offset, 'Bad', 'ru') as { message: string }).message, /^'Bad' — недопустимый id/);
    });

    it('trims spaces typed around the new name', () => {
      const { doc, offset } = strategyAt('tg', 0, 0);
      const answer = renameEdits(doc, offset, ' telegram ', 'en');
      assert.ok(answer.ok);
      assert.deepEqual(answer.value.map((e) => e.newText), ['telegram']);
    });

    it('refuses a name another item of the same section has', () => {
      const { doc, offset } = strategyAt('students', 2, 0);
      assert.deepEqual(renameEdits(doc, offset, 'parents', 'en'), {
        ok: false,
        message: "'parents' is already the id of another item in audiences: ids must be unique within a section.",
      });
      assert.match((renameEdits(doc, offset, 'parents', 'hy') as { message: string }).message, /^'parents' id-ն արդեն ունի audiences/);
      // The same name in another section is no collision.
      assert.equal(renameEdits(doc, offset, 'reach', 'en').ok, true);
    });

    it('does nothing when the name does not change, and refuses off an id', () => {
      const { doc, offset } = strategyAt('reach', 0, 0);
      assert.deepEqual(renameEdits(doc, offset, 'reach', 'en'), { ok: true, value: [] });
      const off = strategyAt('instagram', 0, 0);
      assert.equal(renameEdits(off.doc, off.offset, 'x', 'en').ok, false);
    });

    it('moves every use of a dangling reference, even onto an existing id', () => {
      const { doc, source, offset } = cursor(joinLines(
        'audiences: [{ id: students }]',
        'channels:',
        '  - { id: a, audiences: [studnets|] }',
        '  - { id: b, audiences: [studnets, students] }',
      ));
      const answer = renameEdits(doc, offset, 'students', 'en');
      assert.ok(answer.ok);
      assert.equal(apply(source, answer.value), joinLines(
        'audiences: [{ id: students }]',
        'channels:',
        '  - { id: a, audiences: [students] }',
        '  - { id: b, audiences: [students, students] }',
      ));
    });

    it('renames a block scalar id to a plain one', () => {
      const { doc, source, offset } = cursor(joinLines('team:', '  - id: >-', '      an|i', '    name: Ani', 'reporting: { owner: ani }'));
      const answer = renameEdits(doc, offset, 'anna', 'en');
      assert.ok(answer.ok);
      assert.equal(apply(source, answer.value), joinLines('team:', '  - id: anna', '    name: Ani', 'reporting: { owner: anna }'));
    });

    it('answers on broken YAML with the ids it could read', () => {
      const { doc, source, offset } = cursor(joinLines(
        'audiences:',
        '  - id: stu|dents',
        'channels:',
        '  - id: ig',
        '    audiences: [students',
        '    goals: [',
      ));
      const answer = renameEdits(doc, offset, 'learners', 'en');
      assert.ok(answer.ok);
      assert.ok(apply(source, answer.value).startsWith('audiences:\n  - id: learners\n'));
    });

    it('renames each span once when an alias repeats it', () => {
      const { doc, source, offset } = cursor(joinLines(
        'audiences: [{ id: students }]',
        'channels:',
        '  - { id: a, audiences: &both [stud|ents] }',
        '  - { id: b, audiences: *both }',
      ));
      const answer = renameEdits(doc, offset, 'learners', 'en');
      assert.ok(answer.ok);
      assert.equal(answer.value.length, 2);
      assert.equal(apply(source, answer.value), source.replaceAll('students', 'learners'));
    });
  });

  describe('robustness', () => {
    it('never throws, and rename edits never overlap, whatever the input and offset', () => {
      const fragment = fc.constantFrom(
        'goals:', 'audiences:', 'channels:', 'team:', 'reporting: { owner: ani }', '  - id: a', '  - id: "a"', '  - { id: ani }',
        '    audiences: [a, b]', '    audiences: a', '    goals:', '      - a', '  - id:', '  -', ': ', '&x [a]', '    audiences: *x',
        '"', '[', '{', '\t', '#', 'Ն', '🎓', '\r',
      );
      fc.assert(fc.property(fc.array(fragment, { maxLength: 25 }), fc.nat(), (lines, n) => {
        const text = lines.join('\n');
        const doc = new StrategyDocument(text);
        const offset = n % (text.length + 1);
        findDefinitions(doc, offset);
        findReferences(doc, offset, true);
        prepareRename(doc, offset, 'hy');
        const answer = renameEdits(doc, offset, 'renamed', 'ru');
        if (answer.ok) {
          const sorted = [...answer.value].sort((a, b) => a.start - b.start);
          sorted.forEach((e, i) => {
            assert.ok(0 <= e.start && e.start <= e.end && e.end <= text.length);
            assert.ok(i === 0 || sorted[i - 1]!.end <= e.start, 'overlapping edits');
          });
        }
      }), { numRuns: 1_000 });
    });

    it('renames across a 50,000-line file quickly', function () {
      this.timeout(60_000);
      const lines = ['audiences:', '  - id: students', 'channels:'];
      for (let i = 0; lines.length < 50_000; i++) lines.push(`  - id: ch-${i}`, '    audiences: [students]', `    goals: [g-${i}]`);
      const source = lines.join('\n');
      const doc = new StrategyDocument(source);
      doc.references(); // the analysis builds the id graph once per version; time the lookups
      const started = performance.now();
      const answer = renameEdits(doc, source.indexOf('students'), 'learners', 'en');
      const refs = findReferences(doc, source.lastIndexOf('students'), true);
      const ms = performance.now() - started;
      assert.ok(answer.ok);
      assert.equal(answer.value.length, 16_667);
      assert.equal(refs.length, 16_667);
      assert.ok(ms < 1_000, `took ${ms.toFixed(0)} ms`);
    });
  });
});
