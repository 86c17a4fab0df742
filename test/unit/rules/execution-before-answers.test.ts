import { strict as assert } from 'node:assert';
import { checkRule, joinLines } from '../helpers';
import { StrategyDocument } from '../../../src/core/model/document';
import { RULES, ruleById } from '../../../src/core/rules';
import { runRule } from '../../../src/core/rules/run';

const RULE = 'execution-before-answers';

describe(`rule ${RULE}`, () => {
  it('reports on the execution value and names the open questions in the article\'s order, not the rules', () => {
    const problems = checkRule(RULE, joinLines('version: 1', 'phase: execution', 'brand: { name: Nush }'), {
      fired: ['no-channels', 'duplicate-id', 'no-goals', 'goal-not-measurable', 'audience-needs-missing'],
    });
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.text, 'execution');
    assert.deepEqual(problems[0]!.range, [1, 7, 1, 16]);
    assert.equal(
      problems[0]!.message,
      "phase is 'execution', but questions to answer before starting are still open: why (goals), for whom (audience), where (social networks). Answering them during the work wastes time and money.",
    );
    assert.deepEqual(problems[0]!.data, { replacement: 'planning' });
  });

  it('counts every pre-start rule (catalogue rules 4 to 15) and no other', () => {
    const preStart = [
      'no-goals', 'primary-goal-count', 'goal-without-why', 'no-audience', 'audience-demographics-incomplete',
      'audience-geography-missing', 'audience-psychographics-missing', 'audience-needs-missing',
      'audience-platforms-unknown', 'no-value-proposition', 'no-channels', 'channel-audience-fit',
    ];
    for (const id of preStart) {
      assert.equal(checkRule(RULE, 'phase: execution', { fired: [id] }).length, 1, id);
    }
    const others = ['duplicate-id', 'unresolved-reference', 'invalid-range', 'no-competitor-monitoring', 'competitor-activity-missing',
      'audience-unvalidated', 'goal-not-measurable', 'goal-not-time-bound', 'kpi-metric-mismatch', 'no-budget', 'syntax'];
    assert.deepEqual(checkRule(RULE, 'phase: execution', { fired: others }), []);
  });

  it('does not fire in planning, without a phase, or with nothing open', () => {
    const fired = ['no-goals'];
    for (const source of ['phase: planning', 'version: 1', 'phase:', 'phase: Execution', 'phase: [execution]', 'phase: { execution: true }', '']) {
      assert.deepEqual(checkRule(RULE, source, { fired }), [], source);
    }
    assert.deepEqual(checkRule(RULE, 'phase: execution', { fired: [] }), []);
  });

  it('accepts quoted and flow-written values', () => {
    const [problem] = checkRule(RULE, joinLines('{ version: 1, phase: "execution" }'), { fired: ['no-channels'] });
    assert.equal(problem!.text, '"execution"');
    assert.deepEqual(problem!.range, [0, 21, 0, 32]);
  });

  it('is a late document rule that reads what the real pre-start rules found', () => {
    const rule = ruleById(RULE);
    assert.ok(rule && rule.scope === 'document' && rule.late === true);
    // What the linter does before late rules: run every other rule and note which found something.
    const source = joinLines('version: 1', 'phase: execution', 'brand: { name: Նուշ ☕ }');
    const doc = new StrategyDocument(source);
    const fired = RULES.filter((r) => r.id !== RULE && runRule(r, doc).length > 0).map((r) => r.id);
    const [problem] = checkRule(RULE, source, { fired });
    assert.ok(problem);
    assert.match(problem.message, /still open: why \(goals\), for whom \(audience\), where \(social networks\), what value\./);
  });

  it('speaks Armenian and Russian', () => {
    const source = 'phase: execution';
    assert.equal(
      checkRule(RULE, source, { locale: 'hy', fired: ['no-goals', 'no-audience'] })[0]!.message,
      "phase-ի արժեքը 'execution' է, բայց նախքան աշխատանքը սկսելը պատասխանելու հարցերը դեռ բաց են՝ ինչու (նպատակներ), ում համար (լսարան)։ Դրանց աշխատանքի ընթացքում պատասխանելը վատնում է ժամանակ և գումար։",
    );
    assert.equal(
      checkRule(RULE, source, { locale: 'ru', fired: ['no-goals'] })[0]!.message,
      "phase — 'execution', но вопросы, на которые нужно ответить до старта, ещё открыты: зачем (цели). Отвечать на них в ходе работы — значит тратить время и деньги.",
    );
  });
});
