// The benchmark is not run by the tests, but what it relies on is: generated strategies with their
// defects where it says, edit scripts that keep their place, and honest percentiles.
import { strict as assert } from 'node:assert';
import { lintStrategy } from '../../src/core/lint';
import { DEFECTS, generateStrategy, withAliases } from '../../bench/generate';
import { stats } from '../../bench/measure';
import { EDIT_SCENARIOS, Script } from '../../bench/scenarios';

describe('benchmark', () => {
  const strategy = generateStrategy(1000);

  it('generates about the size asked for, with one of each defect', () => {
    assert.ok(Math.abs(strategy.lines - 1000) < 100, `${strategy.lines} lines`);
    assert.deepEqual(strategy.defects.map((d) => d.kind).sort(), Object.keys(DEFECTS).sort());
  });

  it('puts each defect where our lint reports it, and nothing else is wrong but their consequences', () => {
    const problems = lintStrategy(strategy.text).problems;
    for (const d of strategy.defects) {
      const found = problems.filter((p) => p.range.start.line >= d.fromLine && p.range.start.line <= d.toLine && d.pattern.test(`${p.rule} ${p.message}`));
      assert.equal(found.length, 1, `${d.kind} at lines ${d.fromLine}-${d.toLine}`);
    }
    // A network nobody uses, and the execution phase with that question open, follow from the wrong value.
    const consequences = ['channel-audience-fit', 'execution-before-answers'];
    assert.deepEqual(problems.filter((p) => !consequences.includes(p.rule)).length, strategy.defects.length);
  });

  it('writes repeated values as hundreds of aliases without changing what the file says', () => {
    const aliased = withAliases(strategy.text);
    assert.ok(aliased.aliases >= 200, `${aliased.aliases} aliases`);
    const rules = (text: string) => lintStrategy(text).problems.map((p) => p.rule).sort();
    assert.deepEqual(rules(aliased.text), rules(strategy.text));
  });

  it('edits in the middle of the file, each edit on the previous result, with ranges that match the offsets', () => {
    const script = new Script(strategy.text);
    const middleCopy = strategy.text.indexOf(`  - id: local-awareness-c${strategy.middleCopy}\n`);
    for (const scenario of EDIT_SCENARIOS) {
      const run = scenario.start(script, strategy.middleCopy);
      const prepared = script.text;
      let inserted = 0;
      for (let i = 0; i < 6; i++) {
        const { change } = run.next(i);
        inserted += change.text.length - (change.end - change.start);
        assert.ok(change.start > middleCopy, `${scenario.measures[0]} edits the middle copy`);
        assert.ok(script.text.length - change.start > strategy.text.length / 10, `${scenario.measures[0]}: text after the edit moves`);
        assert.deepEqual(script.position(change.start), change.range.start);
      }
      assert.equal(script.text.length, prepared.length + inserted);
      // Breaking and fixing, or typing and deleting a letter, in whole rounds leaves the text as it was.
      if (scenario.measures.length > 1 || scenario.measures[0]!.startsWith('completion')) assert.equal(script.text, prepared);
      else assert.ok(inserted > 0, `${scenario.measures[0]} adds text`);
    }
  });

  it('takes percentiles between samples', () => {
    assert.deepEqual(stats([5, 1, 3, 2, 4, 6, 7, 8, 9, 10, 11]), { median: 6, p10: 2, p90: 10, n: 11 });
    assert.deepEqual(stats([1, 2]), { median: 1.5, p10: 1.1, p90: 1.9, n: 2 });
    assert.equal(stats([]), undefined);
  });
});
