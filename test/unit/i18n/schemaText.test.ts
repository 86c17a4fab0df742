import { strict as assert } from 'node:assert';
import { LOCALES } from '../../../src/core/i18n/locale';
import { enumLabel, enumLabelAt, fieldTitle, localizedSchema, SCHEMA_CATALOGUES, schemaText } from '../../../src/core/i18n/schemaText';
import { EN_ENUM_LABELS } from '../../../src/core/i18n/schemaText/en';
import { schemaTextEntries } from '../../../src/core/i18n/schemaText/entries';
import { RULES } from '../../../src/core/rules';
import { documentationAt, enumAt, STRATEGY_SCHEMA } from '../../../src/core/schema/navigate';

const entries = schemaTextEntries(STRATEGY_SCHEMA);
const byPointer = new Map(entries.map((e) => [e.pointer, e]));

/** Names that are the same in every language: the networks' own brand names. */
const PROPER_NAMES = new Set(['Facebook', 'Instagram', 'Threads', 'TikTok', 'YouTube', 'LinkedIn', 'X', 'X (Twitter)', 'Telegram', 'Pinterest', 'Snapchat', 'WhatsApp', 'Reddit', 'Bluesky', 'CTR', 'VK']);

/** Words users should not meet: programmers' jargon, markdown, and rule ids inside sentences. */
const JARGON = [/\bseed\b/i, /`/, /kebab/i, /\blint/i, /BCP 47/, /ISO \d+/, ...RULES.map((r) => new RegExp(`\\b${r.id}\\b`))];

describe('schema text catalogues', () => {
  it('walk every title, description and enum value of the schema', () => {
    assert.ok(entries.length > 200);
    assert.equal(byPointer.get('/definitions/goal/properties/type')?.enum?.length, 8);
    assert.equal(byPointer.get('')?.title, 'SMM strategy');
  });

  for (const locale of ['hy', 'ru'] as const) {
    const catalogue = SCHEMA_CATALOGUES[locale];

    it(`${locale}: translate every title, description and enum value, none missing`, () => {
      const missing: string[] = [];
      for (const e of entries) {
        const t = catalogue[e.pointer];
        if (e.title !== undefined && !t?.title) missing.push(`${e.pointer} title`);
        if (e.description !== undefined && !t?.description) missing.push(`${e.pointer} description`);
        for (const v of e.enum ?? []) {
          const own = t?.enum?.[v.value];
          if (!own?.label) missing.push(`${e.pointer} enum ${v.value} label`);
          if (v.description !== undefined && !own?.description) missing.push(`${e.pointer} enum ${v.value} description`);
        }
      }
      assert.deepEqual(missing, []);
    });

    it(`${locale}: copy none of the English`, () => {
      const copies: string[] = [];
      for (const e of entries) {
        const t = catalogue[e.pointer];
        if (e.title !== undefined && t?.title === e.title) copies.push(`${e.pointer} title`);
        if (e.description !== undefined && t?.description === e.description) copies.push(`${e.pointer} description`);
        for (const v of e.enum ?? []) {
          const own = t?.enum?.[v.value];
          if (own?.description === v.description) copies.push(`${e.pointer} enum ${v.value} description`);
          const english = EN_ENUM_LABELS[e.pointer]?.[v.value];
          if (own?.label === english && !PROPER_NAMES.has(english ?? '')) copies.push(`${e.pointer} enum ${v.value} label`);
        }
      }
      assert.deepEqual(copies, []);
    });

    it(`${locale}: have no entry for a place the schema no longer has`, () => {
      const stale: string[] = [];
      for (const [pointer, t] of Object.entries(catalogue)) {
        const e = byPointer.get(pointer);
        if (!e) {
          stale.push(pointer);
          continue;
        }
        if (t.title !== undefined && e.title === undefined) stale.push(`${pointer} title`);
        if (t.description !== undefined && e.description === undefined) stale.push(`${pointer} description`);
        for (const value of Object.keys(t.enum ?? {})) if (!e.enum?.some((v) => v.value === value)) stale.push(`${pointer} enum ${value}`);
      }
      assert.deepEqual(stale, []);
    });

    it(`${locale}: speak plainly (no jargon, markdown or rule ids)`, () => {
      const found: string[] = [];
      for (const [pointer, t] of Object.entries(catalogue)) {
        const texts = [t.title, t.description, ...Object.values(t.enum ?? {}).flatMap((v) => [v.label, v.description])];
        for (const text of texts) for (const word of JARGON) if (text !== undefined && word.test(text)) found.push(`${pointer}: ${text}`);
      }
      assert.deepEqual(found, []);
    });
  }

  it('en: label every enum value, and nothing else', () => {
    const problems: string[] = [];
    for (const e of entries) for (const v of e.enum ?? []) if (!EN_ENUM_LABELS[e.pointer]?.[v.value]) problems.push(`missing ${e.pointer} ${v.value}`);
    for (const [pointer, labels] of Object.entries(EN_ENUM_LABELS)) {
      for (const value of Object.keys(labels)) if (!byPointer.get(pointer)?.enum?.some((v) => v.value === value)) problems.push(`stale ${pointer} ${value}`);
    }
    assert.deepEqual(problems, []);
  });

  describe('API', () => {
    it('answers by schema pointer', () => {
      assert.deepEqual(schemaText('/properties/phase', 'ru')?.title, 'Этап');
      assert.equal(schemaText('/properties/phase', 'en')?.title, 'Phase');
      assert.equal(schemaText('/no/such/place', 'hy'), undefined);
      assert.equal(enumLabel('/definitions/network', 'vk', 'ru'), 'ВКонтакте');
      assert.equal(enumLabel('/definitions/contentFormat', 'short_video', 'en'), 'Short video');
      assert.equal(enumLabel('/definitions/network', 'myspace', 'en'), undefined);
    });

    it('answers by data path, through references, in every language', () => {
      for (const locale of LOCALES) {
        const title = fieldTitle(['goals', 3, 'kpis', 0, 'per'], locale);
        assert.equal(title, schemaText('/definitions/kpi/properties/per', locale)?.title);
        assert.equal(enumLabelAt(['channels', 1, 'formats', 2], 'story', locale), enumLabel('/definitions/contentFormat', 'story', locale));
      }
      assert.equal(fieldTitle(['goals', 0, 'type'], 'hy'), SCHEMA_CATALOGUES.hy['/definitions/goal/properties/type']?.title);
      assert.equal(fieldTitle(['not-a-section'], 'ru'), undefined);
    });

    it('gives hovers and completion a schema in the file\'s language', () => {
      const ru = localizedSchema('ru');
      assert.equal(localizedSchema('ru'), ru, 'built once');
      assert.equal(documentationAt(['phase'], ru).title, 'Этап');
      assert.equal(enumAt(['phase'], ru).find((e) => e.value === 'planning')?.doc, 'Мы думаем\\: отвечаем\\, зачем\\, для кого и с какой ценностью\\, прежде чем начинать\\.');
      assert.equal(documentationAt(['phase'], localizedSchema('en')).title, 'Phase');
      // The schema other YAML tools read is untouched.
      assert.equal(documentationAt(['phase']).title, 'Phase');
    });
  });
});
