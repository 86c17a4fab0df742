import { strict as assert } from 'node:assert';
import { LOCALES } from '../../src/core/i18n/locale';
import { lintStrategy } from '../../src/core/lint';
import { newStrategyTemplate } from '../../src/core/templates';

describe('newStrategyTemplate', () => {
  for (const locale of LOCALES) {
    it(`is a valid strategy in ${locale} whose problems are the questions left to answer`, () => {
      const text = newStrategyTemplate(locale, 'Nush «Սուրճ» 🎓');
      assert.match(text, /^# yaml-language-server: \$schema=https:\/\/smm-strategy\.dev\/schemas\/smm\.schema\.json\n/);
      const result = lintStrategy(text);
      assert.equal(result.locale, locale);
      assert.deepEqual(result.problems.filter((p) => /^(syntax|schema)/.test(p.rule)).map((p) => p.message), []);
      const rules = new Set(result.problems.map((p) => p.rule));
      for (const open of ['no-value-proposition', 'no-channels', 'goal-without-why', 'audience-geography-missing']) assert.ok(rules.has(open), open);
      assert.equal(result.document.root?.pairs.find((p) => p.key.value === 'brand')?.value.kind, 'map');
    });
  }
});
