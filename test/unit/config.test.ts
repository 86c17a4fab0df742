import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { lintStrategy } from '../../src/core/lint';
import { globMatches, normaliseCustomizations, parseSeveritySetting, severityFor, withRuleSeverity } from '../../src/core/config';
import { parseSuppressions } from '../../src/core/suppressions';
import { StrategyDocument } from '../../src/core/model/document';
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

  it('matches exactly what a regular expression would, in time linear in the pattern and name', () => {
    const reference = (pattern: string, name: string) => new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\/-]/g, '\\$&')).join('.*')}$`).test(name);
    fc.assert(fc.property(fc.stringMatching(/^[ab*-]{0,8}$/), fc.stringMatching(/^[ab-]{0,10}$/), (pattern, name) => {
      assert.equal(globMatches(pattern, name), reference(pattern, name), `${pattern} ~ ${name}`);
    }), { numRuns: 2000 });
    // A regular expression built from this backtracks for years; a repository's settings may hold it.
    assert.equal(globMatches(`${'a*'.repeat(40)}b`, 'a'.repeat(60)), false);
  });

  it('never takes an inherited name for a severity', () => {
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']) {
      assert.equal(parseSeveritySetting(name), undefined, name);
      assert.deepEqual(normaliseCustomizations([{ rule: 'no-budget', severity: name as never }]), []);
      assert.deepEqual(normaliseCustomizations({ 'no-budget': name as never }), []);
    }
  });

  it('keeps syntax problems at their severity whatever the settings say', () => {
    assert.equal(severityFor('syntax', 'error', normaliseCustomizations([{ rule: 'syntax', severity: 'off' }, { rule: '*', severity: 'info' }])), 'error');
    const problems = lintStrategy('goals: [\n', { rules: { syntax: 'off', '*': 'off' } }).problems;
    assert.deepEqual(problems.map((p) => [p.rule, p.severity]), [['syntax', 'error']]);
  });

  it('accepts the object form and ESLint spellings, dropping invalid entries', () => {
    assert.deepEqual(normaliseCustomizations({ 'no-budget': 'off', x: 'loud' as never }), [{ rule: 'no-budget', severity: 'off' }]);
    assert.equal(parseSeveritySetting('warn'), 'warning');
    assert.equal(parseSeveritySetting('Error'), 'error');
    assert.equal(parseSeveritySetting(3), undefined);
  });
});

describe('withRuleSeverity (a rule\'s severity changed from the editor)', () => {
  it('replaces an entry for exactly this rule and puts the new one last, so it wins over patterns', () => {
    const current = [{ rule: 'no-budget', severity: 'off' }, { rule: 'audience-*', severity: 'info' }, { rule: 'no-goals', severity: 'warning' }];
    assert.deepEqual(withRuleSeverity(current, 'no-budget', 'info'), [
      { rule: 'audience-*', severity: 'info' }, { rule: 'no-goals', severity: 'warning' }, { rule: 'no-budget', severity: 'info' },
    ]);
    const patterned = withRuleSeverity(current, 'audience-needs-missing', 'error');
    assert.equal(severityFor('audience-needs-missing', 'warning', normaliseCustomizations(patterned)), 'error');
  });

  it('starts a list when there is none, and keeps the object spelling when the user wrote it so', () => {
    assert.deepEqual(withRuleSeverity(undefined, 'no-budget', 'off'), [{ rule: 'no-budget', severity: 'off' }]);
    assert.deepEqual(withRuleSeverity({ 'no-budget': 'off', 'no-goals': 'info' }, 'no-budget', 'warning'), { 'no-goals': 'info', 'no-budget': 'warning' });
  });
});

describe('suppression comments', () => {
  const suppressed = (text: string) => parseSuppressions(new StrategyDocument(text));

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

  it('takes only real comments, not prose of a block scalar or a multi-line string that looks like one', () => {
    for (const text of [
      joinLines('value:', '  proposition: |', '    Our rules:', '    # smm-disable', '    are simple', 'goals: []'),
      joinLines('value:', '  proposition: "Our rules:', '    # smm-disable', '    are simple"'),
    ]) {
      assert.ok(!suppressed(text).isSuppressed('no-goals', 5), text);
      assert.ok(lintStrategy(text).problems.some((p) => p.rule === 'no-audience'), 'the rules still report');
    }
    // A comment between the items of a flow list is a comment.
    assert.ok(suppressed(joinLines('goals: [', '  # smm-disable no-goals', ']')).isSuppressed('no-goals', 0));
  });
});
