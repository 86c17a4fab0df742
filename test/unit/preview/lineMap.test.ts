import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { lintStrategy } from '../../../src/core/lint';
import { renderPlan } from '../../../src/core/render';
import { blockForLine, homeBlocks, lineAtOffset, offsetOfLine, type Block } from '../../../src/webview/lineMap';
import { elements } from '../render/html';

/** Blocks from `[line, top]` pairs, in page (document) order. */
const blocks = (...pairs: [number, number][]): Block[] => pairs.map(([line, top]) => ({ line, top }));
const lines = (list: readonly Block[]) => list.map((b) => b.line);

describe('line map (scroll sync)', () => {
  describe('homeBlocks', () => {
    it('keeps the first block on the page for each line', () => {
      // A goal (16), a matrix row repeating it further down, and the summary card's line (4).
      const page = blocks([7, 0], [16, 100], [20, 150], [16, 300], [4, 400], [20, 450]);
      assert.deepEqual(homeBlocks(page), [page[0], page[1], page[2], page[4]]);
    });

    it('orders side-by-side blocks by position, then by their order in the document', () => {
      // A grid: the second column's first block comes first in the document but sits lower.
      const page = blocks([10, 0], [12, 50], [11, 20], [11, 20], [13, 80]);
      assert.deepEqual(lines(homeBlocks(page)), [10, 11, 12, 13]);
      assert.equal(homeBlocks(page)[1], page[2]);
    });

    it('is empty for no blocks', () => {
      assert.deepEqual(homeBlocks([]), []);
    });
  });

  describe('blockForLine (the block of the editor\'s cursor)', () => {
    const homes = homeBlocks(blocks([7, 0], [15, 100], [22, 150], [17, 200], [4, 900]));

    it('is the home of the line', () => {
      assert.deepEqual(blockForLine(homes, 22), { line: 22, top: 150 });
      assert.deepEqual(blockForLine(homes, 4), { line: 4, top: 900 });
    });

    it('else the home of the nearest line above', () => {
      assert.deepEqual(blockForLine(homes, 19), { line: 17, top: 200 });
      assert.deepEqual(blockForLine(homes, 100), { line: 22, top: 150 });
    });

    it('is none above every block', () => {
      assert.equal(blockForLine(homes, 3), undefined);
    });
  });

  describe('offsetOfLine and lineAtOffset', () => {
    // Channels (120, 130) before competitor monitoring (92, 100), written the other way round.
    const homes = homeBlocks(blocks([10, 100], [20, 300], [120, 400], [130, 500], [92, 600], [100, 700], [158, 800]));

    it('interpolate between homes that follow each other on the page and in the file', () => {
      assert.equal(offsetOfLine(homes, 15), 200);
      assert.equal(lineAtOffset(homes, 200), 15);
      assert.equal(offsetOfLine(homes, 125), 450);
      assert.equal(lineAtOffset(homes, 450), 125);
    });

    it('go to the other part of the plan where its order leaves the file\'s', () => {
      // Line 95 is among the competitors, below the channels on the page.
      assert.equal(offsetOfLine(homes, 96), 650);
      // The last competitor's line (100) is followed on the page by the content (158).
      assert.equal(offsetOfLine(homes, 110), 700 + (10 / 58) * 100);
      // After the value (20) come the channels on the page (120): lines 20…120 run over that stretch.
      assert.equal(offsetOfLine(homes, 50), 330);
      assert.equal(lineAtOffset(homes, 350), 70);
    });

    it('run from line 0 at the top of the page to the first home', () => {
      assert.equal(lineAtOffset(homes, 0), 0);
      assert.equal(lineAtOffset(homes, 50), 5);
      assert.equal(offsetOfLine(homes, 0), 0);
      assert.equal(offsetOfLine(homes, 9), 0);
    });

    it('stop at the last home', () => {
      assert.equal(lineAtOffset(homes, 900), 158);
      assert.equal(offsetOfLine(homes, 400), 800);
    });

    it('are each other\'s inverse: the line at a line\'s offset has the same home', () => {
      // Blocks one below the other (side by side, the first one stands for the row: see below).
      const page = fc.uniqueArray(fc.tuple(fc.nat(200), fc.nat(2000)), { minLength: 1, maxLength: 30, selector: ([, top]) => top });
      const arbitrary = fc.tuple(page, fc.nat(200));
      fc.assert(fc.property(arbitrary, ([pairs, whole]) => {
        const page = homeBlocks(blocks(...pairs));
        // Half-way through a line: a line's home changes at whole lines, where rounding could go either way.
        const line = whole + 0.5;
        // Above every home, every line is the top of the page (tested above).
        fc.pre(blockForLine(page, line) !== undefined);
        const back = lineAtOffset(page, offsetOfLine(page, line));
        assert.equal(blockForLine(page, back), blockForLine(page, line), `line ${line} → line ${back}`);
      }));
    });

    it('read blocks side by side as the first of them', () => {
      const grid = homeBlocks(blocks([46, 100], [43, 100], [50, 200]));
      assert.equal(lineAtOffset(grid, 100), 46);
      assert.equal(lineAtOffset(grid, 150), 48);
      assert.equal(offsetOfLine(grid, 43), 100);
      assert.equal(offsetOfLine(grid, 48), 150);
    });

    it('are 0 with no blocks', () => {
      assert.equal(lineAtOffset([], 300), 0);
      assert.equal(offsetOfLine([], 12), 0);
    });
  });

  it('on a real plan, each section\'s key brings its heading to the top, and the summary card repeats nothing', () => {
    const source = readFileSync(join(__dirname, '../../../examples/nush-coffee.en.smm.yaml'), 'utf8');
    // Every block with a line, one below the other (a stand-in for the page's layout), without
    // the problem lists and the containers, as the webview measures them.
    const page = elements(renderPlan(lintStrategy(source)).html)
      .filter((e) => e.attrs['data-line'] !== undefined && !['ul', 'table', 'thead', 'tbody', 'blockquote'].includes(e.tag))
      .map((e, i) => ({ line: Number(e.attrs['data-line']), top: i * 10, section: e.attrs['data-section'], tag: e.tag }));
    const homes = homeBlocks(page);
    const line = (key: string) => source.split('\n').indexOf(`${key}:`);
    for (const key of ['goals', 'audiences', 'value', 'channels', 'community', 'reporting', 'team']) {
      const heading = page.find((b) => b.section === key)!;
      assert.equal(offsetOfLine(homes, line(key)), heading.top, key);
      assert.equal(lineAtOffset(homes, heading.top), line(key), key);
    }
  });
});
