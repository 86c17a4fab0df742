import { strict as assert } from 'node:assert';
import { mostSevere } from '../../src/core/mostSevere';
import type { Problem, Severity } from '../../src/core/problem';

function problem(start: number, severity: Severity): Problem {
  const at = { line: 0, character: start };
  return { rule: 'r', severity, message: 'm', start, end: start + 1, range: { start: at, end: at } };
}

describe('mostSevere', () => {
  it('keeps errors, then warnings, then information, up to the limit, in text order', () => {
    const problems = [problem(0, 'info'), problem(1, 'warning'), problem(2, 'error'), problem(3, 'warning'), problem(4, 'error'), problem(5, 'info')];
    assert.deepEqual(mostSevere(problems, 3).map((p) => [p.start, p.severity]), [[1, 'warning'], [2, 'error'], [4, 'error']]);
    assert.deepEqual(mostSevere(problems, 5).map((p) => p.start), [0, 1, 2, 3, 4]);
  });

  it('returns a list within the limit as it is', () => {
    const problems = [problem(2, 'info'), problem(1, 'error')];
    assert.equal(mostSevere(problems, 2), problems);
  });
});
