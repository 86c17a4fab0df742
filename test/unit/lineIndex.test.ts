import { strict as assert } from 'node:assert';
import { LineIndex } from '../../src/core/text/lineIndex';
import { codePointSpan, lineEnd, lineStarts } from '../../src/core/text/lines';
import { diffTexts, leftmost } from '../../src/core/text/change';
import fc from 'fast-check';

describe('LineIndex', () => {
  it('maps offsets across LF, CRLF and lone CR line breaks', () => {
    const text = 'a\nbc\r\nd\re';
    const lines = new LineIndex(text);
    assert.equal(lines.lineCount, 4);
    assert.deepEqual(lines.positionAt(0), { line: 0, character: 0 });
    assert.deepEqual(lines.positionAt(3), { line: 1, character: 1 });
    assert.deepEqual(lines.positionAt(6), { line: 2, character: 0 });
    assert.deepEqual(lines.positionAt(8), { line: 3, character: 0 });
    assert.equal(lines.offsetAt({ line: 1, character: 1 }), 3);
  });

  it('counts UTF-16 units, as the editor does (emoji are two)', () => {
    const text = 'name: 🎓 Ուսանող\nx';
    const lines = new LineIndex(text);
    const at = text.indexOf('Ու');
    assert.deepEqual(lines.positionAt(at), { line: 0, character: 9 });
    assert.deepEqual(lines.positionAt(text.length), { line: 1, character: 1 });
  });

  it('clamps out-of-range input instead of throwing', () => {
    const lines = new LineIndex('ab');
    assert.deepEqual(lines.positionAt(-5), { line: 0, character: 0 });
    assert.deepEqual(lines.positionAt(99), { line: 0, character: 2 });
    assert.equal(lines.offsetAt({ line: 7, character: 0 }), 2);
  });
});

describe('LineIndex after a change', () => {
  it('equals the index of the new text, whatever the change and the line breaks', () => {
    const chunk = fc.constantFrom('a', 'bc', '\n', '\r', '\r\n', '🎓', '');
    fc.assert(fc.property(fc.array(chunk, { maxLength: 30 }), fc.array(chunk, { maxLength: 30 }), fc.nat(), fc.nat(), (a, b, at, remove) => {
      const before = a.join('');
      const start = at % (before.length + 1);
      const after = before.slice(0, start) + b.join('') + before.slice(start + (remove % 5));
      const change = diffTexts(before, after);
      const incremental = new LineIndex(before).afterChange(after, change);
      const fresh = new LineIndex(after);
      assert.equal(incremental.lineCount, fresh.lineCount);
      for (let line = 0; line < fresh.lineCount; line++) assert.equal(incremental.lineStart(line), fresh.lineStart(line));
    }), { numRuns: 3000 });
  });
});

describe('diffTexts', () => {
  it('finds the one change between two texts, across block boundaries', () => {
    const base = 'x'.repeat(10_000);
    assert.deepEqual(diffTexts(base, base), { start: 10_000, oldEnd: 10_000, newEnd: 10_000 });
    assert.deepEqual(diffTexts(base, `${base.slice(0, 5000)}y${base.slice(5000)}`), { start: 5000, oldEnd: 5000, newEnd: 5001 });
    const varied = Array.from({ length: 10_000 }, (_, i) => String.fromCharCode(97 + (i % 26))).join('');
    assert.deepEqual(diffTexts(varied, `${varied.slice(0, 5000)}!${varied.slice(5003)}`), { start: 5000, oldEnd: 5003, newEnd: 5001 });
  });
});

describe('text helpers', () => {
  it('never lets a span cut a surrogate pair in half', () => {
    const text = 'a🎓b';
    assert.deepEqual(codePointSpan(text, 2, 3), { start: 1, end: 3 });
    assert.deepEqual(codePointSpan(text, 0, 2), { start: 0, end: 3 });
    assert.deepEqual(codePointSpan(text, 1, 3), { start: 1, end: 3 });
    assert.deepEqual(codePointSpan(text, 2, 2), { start: 1, end: 3 });
    assert.deepEqual(codePointSpan('\uDC00x', 0, 1), { start: 0, end: 1 }, 'a lone low surrogate is left alone');
  });

  it('gives line text and ends across line break styles', () => {
    const text = 'a\r\nbc\rd\n';
    assert.deepEqual(lineStarts(text), [0, 3, 6, 8]);
    assert.equal(lineEnd(text, 4), 5);
    assert.deepEqual([0, 1, 2, 3, 9].map((l) => new LineIndex(text).lineText(l)), ['a', 'bc', 'd', '', '']);
  });
});

describe('leftmost', () => {
  const apply = (before: string, after: string, c: { start: number; oldEnd: number; newEnd: number }) => before.slice(0, c.start) + after.slice(c.start, c.newEnd) + before.slice(c.oldEnd);

  it('moves an added line from after the next line\'s indentation back into the line it was typed after', () => {
    const before = '    - { a: 1 }\n  - id: b\n';
    const after = '    - { a: 1 }\n    - { a: 2 }\n  - id: b\n';
    const found = diffTexts(before, after);
    assert.ok(found.start > before.indexOf('\n'), 'found after the line break');
    const moved = leftmost(before, after, found);
    assert.ok(moved.oldEnd <= before.indexOf('\n'), JSON.stringify(moved));
    assert.equal(apply(before, after, moved), after);
  });

  it('describes the same edit wherever it stops, deletions and replacements included', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('a', 'b', '\n', ' ') }), fc.string({ unit: fc.constantFrom('a', 'b', '\n', ' ') }), (before, after) => {
      const moved = leftmost(before, after, diffTexts(before, after));
      assert.equal(apply(before, after, moved), after);
      assert.equal(before.length - (moved.oldEnd - moved.start), after.length - (moved.newEnd - moved.start));
    }));
  });
});
