import { strict as assert } from 'node:assert';
import { globMatches, normaliseCustomizations, parseSeveritySetting, severityFor } from '../../src/core/config';
import { parseSuppressions } from '../../src/core/suppressions';
import { LineIndex } from '../../src/core/text/lineIndex';
import { joinLines } from './helpers';

describe('config', () => {
  it('matches wildcards like ESLint customizations', () => {
    assert.ok(globMatches('audience-*', 'audience-needs-missing'));
    assert.ok(globMatches('schema*', 'schema/enum'));
    assert.ok(globMatches('*', 'no-goals'));
    assert.ok(!globMatches('audience-*', 'no-audience'));
    assert.ok(!globMatches('no.goals', 'no-goals'), 'dots are literal');
  });

  it('applies customizations in order, the last match winning', () => {
    const list = normaliseCustomizations([
      { rule: 'audience-*', severity: 'info' },
      { rule: 'audience-needs-missing', severity: 'error' },
    ]);
    assert.equal(severityFor('audience-needs-missing', 'warning', list), 'error');
    assert.equal(severityFor('audience-geography-missing', 'warning', list), 'info');
    assert.equal(severityFor('no-goals', 'error', list), 'error');
  });

  it('accepts the object form and ESLint spellings, dropping invalid entries', () => {
    assert.deepEqual(normaliseCustomizations({ 'no-budget': 'off', x: 'loud' as never }), [{ rule: 'no-budget', severity: 'off' }]);
    assert.equal(parseSeveritySetting('warn'), 'warning');
    assert.equal(parseSeveritySetting('Error'), 'error');
    assert.equal(parseSeveritySetting(3), undefined);
  });
});

describe('suppression comments', () => {
  const suppressed = (text: string) => parseSuppressions(text, new LineIndex(text));

  it('silences listed rules on the next line only', () => {
    const s = suppressed(joinLines('a: 1', '  # smm-disable-next-line no-goals, audience-*', 'b: 2', 'c: 3'));
    assert.ok(s.isSuppressed('no-goals', 2));
    assert.ok(s.isSuppressed('audience-needs-missing', 2));
    assert.ok(!s.isSuppressed('no-goals', 3));
    assert.ok(!s.isSuppressed('no-budget', 2));
  });

  it('silences a rule in the whole file, or every rule without names; a reason may follow --', () => {
    const s = suppressed(joinLines('# smm-disable no-budget -- we have no budget yet', 'a: 1'));
    assert.ok(s.isSuppressed('no-budget', 40));
    assert.ok(!s.isSuppressed('we', 40));
    assert.ok(suppressed('# smm-disable\n').isSuppressed('no-goals', 0));
  });

  it('never silences syntax errors, and ignores look-alikes', () => {
    assert.ok(!suppressed('# smm-disable\n').isSuppressed('syntax', 0));
    assert.ok(!suppressed('# smm-disabled no-goals\n').isSuppressed('no-goals', 0));
    assert.ok(!suppressed('a: "# smm-disable"\n').isSuppressed('no-goals', 0));
  });
});
