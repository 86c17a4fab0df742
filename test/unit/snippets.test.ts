// The one source of the text the extension writes: section snippets, skeletons, the new strategy
// file and the snippets shipped as files, in every language, with no date in the past.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES } from '../../src/core/i18n/locale';
import { lintStrategy } from '../../src/core/lint';
import {
  fileTemplateSnippets, isoDate, liveDates, newStrategyText, skeletonBody, snippetsAt, templateSnippet, VARIABLE_DATES,
} from '../../src/core/language/snippets';
import { SECTION_SNIPPETS } from '../../src/core/language/snippets/sections';
import { snippetToPlain } from '../../src/core/language/snippetYaml';
import { CODE_SNIPPETS_FILE, codeSnippetsText, SCHEMA_FILE, schemaWithSnippets } from '../../scripts/lib/snippetFiles';

const ROOT = join(__dirname, '../..');
const TODAY = new Date(2026, 11, 6);
const LETTERS = { hy: /[\u0531-\u058F]/, ru: /[\u0400-\u04FF]/ } as const;

/** Every string in a snippet body, depth first. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe('snippets', () => {
  describe('dates', () => {
    it('count from today: the day itself, a month and half a year ahead, month ends kept in range', () => {
      assert.deepEqual(liveDates(TODAY), { today: '2026-12-06', soon: '2027-01-06', horizon: '2027-06-06' });
      assert.deepEqual(liveDates(new Date(2026, 7, 31)), { today: '2026-08-31', soon: '2026-09-30', horizon: '2027-02-28' });
      assert.equal(isoDate(new Date(987, 0, 5)), '0987-01-05');
    });

    it("are the editor's date variables in the snippets shipped as files, and read back as today", () => {
      assert.equal(snippetToPlain(`start: \${1:${VARIABLE_DATES.today}}, end: ${VARIABLE_DATES.horizon}`, TODAY), 'start: 2026-12-06, end: 2026-12-31');
      // Other variables still insert nothing, as before.
      assert.equal(snippetToPlain('a$TM_FILENAME b', TODAY), 'a b');
    });

    it('in every snippet of every section are never before today', () => {
      for (const section of Object.keys(SECTION_SNIPPETS)) {
        for (const snippet of snippetsAt([section], 'en', liveDates(TODAY))) {
          for (const date of strings(snippet.body).flatMap((s) => snippetToPlain(s, TODAY).match(/\d{4}-\d\d-\d\d/g) ?? [])) {
            assert.ok(date >= '2026-12-06', `${section}: ${date}`);
          }
        }
      }
    });
  });

  describe('section snippets', () => {
    it('are written in the language asked for: label, description and placeholders', () => {
      const goal = snippetsAt(['goals'], 'ru', liveDates(TODAY))[0]!;
      assert.equal(goal.label, 'цель');
      assert.equal(goal.englishLabel, 'goal');
      assert.equal(goal.description, 'Цель с ключевым показателем.');
      assert.deepEqual(goal.body, [{
        id: '${1:goal-id}',
        type: '${2|awareness,engagement,traffic,leads,sales,customer_care,community,loyalty|}',
        primary: true,
        title: '${3:Чего мы хотим достичь}',
        why: '${4:Какую задачу бизнеса это решает}',
        deadline: '${5:2027-06-06}',
        kpis: [{ metric: '${6:reach}', baseline: '${7:0}', target: '${8:1000}', unit: 'count', per: 'month' }],
      }]);
    });

    for (const locale of ['hy', 'ru'] as const) {
      it(`have every label, description and text placeholder in ${locale}, not in English`, () => {
        for (const section of Object.keys(SECTION_SNIPPETS)) {
          const [own] = snippetsAt([section], locale, liveDates(TODAY));
          const [english] = snippetsAt([section], 'en', liveDates(TODAY));
          assert.ok(own && english, section);
          assert.match(own.description, LETTERS[locale], `${section}: ${own.description}`);
          // A placeholder with a space is prose; ids, codes, enum values, times and names of
          // products (Instagram Insights) stay as they are.
          const prose = strings(english.body).filter((s) => / /.test(snippetToPlain(s)) && !/^\$\{\d+:([\d:-]+|Instagram) /.test(s));
          for (const text of strings(own.body).filter((s) => prose.includes(s))) assert.fail(`${section}: '${text}' is not translated`);
        }
      });
    }

    it('give a quick fix its skeleton in the file language', () => {
      assert.deepEqual(skeletonBody('value', 'hy', liveDates(TODAY)), {
        proposition: '${1:Ինչ է ստանում լսարանը մեր նյութից}',
        unique_content: '${2:Այն, ինչ միայն մենք կարող ենք ցույց տալ}',
        messages: ['${3:Հիմնական ուղերձ}'],
      });
      assert.equal(skeletonBody('version-2', 'en'), undefined);
    });
  });

  describe('the new strategy file', () => {
    for (const locale of LOCALES) {
      it(`in ${locale} is valid, and its only problems are the article's four questions, in order`, () => {
        const text = newStrategyText(locale, 'Nush «Սուրճ» 🎓: $5', TODAY);
        assert.match(text, /^# yaml-language-server: \$schema=https:\/\/smm-strategy\.dev\/schemas\/smm\.schema\.json\n/);
        const result = lintStrategy(text);
        assert.equal(result.locale, locale);
        assert.deepEqual(result.problems.map((p) => [p.rule, p.severity]), [
          ['no-goals', 'error'], ['no-audience', 'error'], ['no-channels', 'error'], ['no-value-proposition', 'error'],
        ]);
        const brand = result.document.root?.pairs.find((p) => p.key.value === 'brand')?.value;
        assert.equal(brand?.kind === 'map' ? brand.pairs[0]?.value.kind === 'scalar' && brand.pairs[0].value.value : undefined, 'Nush «Սուրճ» 🎓: $5');
        assert.match(text, /\n {2}start: 2026-12-06\n {2}end: 2027-06-06\n/);
        // Each question is asked in a comment right above its section.
        for (const [n, key] of [[1, 'goals'], [2, 'audiences'], [3, 'channels'], [4, 'value']] as const) {
          assert.match(text, new RegExp(`\\n# ${n}\\. [^\\n]*\\n(#  [^\\n]*\\n)*${key}: `), `${locale}: question ${n}`);
        }
        if (locale !== 'en') assert.match(text.split('\n')[1]!, LETTERS[locale]);
      });
    }

    it('comes back with every later check once its waiting line is deleted', () => {
      const text = newStrategyText('en', 'Nush', TODAY).replace(/^# smm-disable .*\n/m, '');
      const rules = lintStrategy(text).problems.map((p) => p.rule);
      for (const later of ['no-competitor-monitoring', 'no-content-pillars', 'no-budget', 'no-reporting-cadence']) assert.ok(rules.includes(later), later);
    });

    it('as a snippet has the brand name as its first tab stop, and comments that fit a narrow editor', () => {
      const { body, label } = templateSnippet('hy', VARIABLE_DATES);
      assert.equal(label, 'Նոր SMM ռազմավարություն');
      assert.match(body, /\nbrand:\n {2}name: \$\{1:Ապրանքանիշի անունը\}\n/);
      assert.match(body, /\n {2}start: \$\{2:\$CURRENT_YEAR-\$CURRENT_MONTH-\$CURRENT_DATE\}\n {2}end: \$\{3:\$CURRENT_YEAR-12-31\}\n/);
      for (const line of body.split('\n')) if (!/^# (smm-disable|yaml-language-server)/.test(line)) assert.ok([...line].length <= 80, line);
    });
  });

  describe('the files made from them', () => {
    it(`${CODE_SNIPPETS_FILE} and the schema's defaultSnippets are what \`npm run snippets\` writes`, () => {
      assert.equal(readFileSync(join(ROOT, CODE_SNIPPETS_FILE), 'utf8'), codeSnippetsText(), `run npm run snippets`);
      const schema = readFileSync(join(ROOT, SCHEMA_FILE), 'utf8');
      assert.equal(schema, schemaWithSnippets(schema), `run npm run snippets`);
    });

    it('are file templates in every language, with no prefix: offered to fill a file, never while typing', () => {
      const templates = fileTemplateSnippets();
      assert.deepEqual(Object.keys(templates), ['New SMM strategy (English)', 'Նոր SMM ռազմավարություն (Հայերեն)', 'Новая стратегия SMM (Русский)']);
      for (const [name, snippet] of Object.entries(templates)) {
        assert.equal(snippet.isFileTemplate, true, name);
        assert.ok(!('prefix' in snippet), name);
        assert.ok(snippet.body.includes('phase: planning'), name);
      }
    });
  });
});
