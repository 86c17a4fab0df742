import { strict as assert } from 'node:assert';
import { brandNameProblem, MAX_BRAND_LENGTH, strategyFileName } from '../../src/core/text/fileName';

describe('strategyFileName', () => {
  it('makes a kebab-case name of the brand, in its own script', () => {
    assert.equal(strategyFileName('Nush Coffee'), 'nush-coffee.smm.yaml');
    assert.equal(strategyFileName('  Nush   Coffee & Co. '), 'nush-coffee-co.smm.yaml');
    assert.equal(strategyFileName('Կումայրի հացատուն'), 'կումայրի-հացատուն.smm.yaml');
    assert.equal(strategyFileName('Глина Студия'), 'глина-студия.smm.yaml');
    assert.equal(strategyFileName('Nush', '-2'), 'nush-2.smm.yaml');
  });

  it('keeps out what a file system refuses or a path would misread', () => {
    assert.equal(strategyFileName('../../etc/passwd'), 'etc-passwd.smm.yaml');
    assert.equal(strategyFileName('a:b*c?"d<e>f|g\\h'), 'a-b-c-d-e-f-g-h.smm.yaml');
    assert.equal(strategyFileName('CON'), 'con-strategy.smm.yaml');
    assert.equal(strategyFileName('🎓 ✨'), 'strategy.smm.yaml');
    assert.equal(strategyFileName('.hidden'), 'hidden.smm.yaml');
  });

  it('cuts a long name at a word, and a single long word at 60 characters', () => {
    const name = strategyFileName('word '.repeat(30));
    assert.ok(name.length <= 60 + '.smm.yaml'.length && !name.includes('-.'), name);
    assert.equal(strategyFileName('ա'.repeat(80)), `${'ա'.repeat(60)}.smm.yaml`);
  });
});

describe('brandNameProblem', () => {
  it('accepts any one-line name of up to 100 characters', () => {
    for (const name of ['Nush', 'Կումայրի', 'Глина «Студия»', '🎓 Café 24/7', 'x'.repeat(MAX_BRAND_LENGTH)]) assert.equal(brandNameProblem(name), undefined, name);
  });

  it('says what is wrong: blank, too long, or not one line of text', () => {
    assert.equal(brandNameProblem('   '), 'empty');
    assert.equal(brandNameProblem('x'.repeat(MAX_BRAND_LENGTH + 1)), 'tooLong');
    assert.equal(brandNameProblem('a\nb'), 'control');
    assert.equal(brandNameProblem('a\u0007'), 'control');
  });
});
