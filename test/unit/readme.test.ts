import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../../src/core/rules';
import { rulesTable } from '../../scripts/rules-table';

const ROOT = join(__dirname, '../..');

describe('documentation', () => {
  it('every rule has a docs page with the sections a reader expects', () => {
    for (const rule of RULES) {
      const page = join(ROOT, 'docs/rules', `${rule.id}.md`);
      assert.ok(existsSync(page), page);
      const text = readFileSync(page, 'utf8');
      assert.match(text, new RegExp(`^# ${rule.id}\\b`), rule.id);
      for (const heading of ['## What it checks', '## Why', '## Bad', '## Good']) assert.ok(text.includes(heading), `${rule.id}: ${heading}`);
    }
  });

  it('the README lists every rule, as scripts/rules-table.ts prints it', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    assert.ok(readme.includes(rulesTable()), 'README rule table is stale: run `npx tsx scripts/rules-table.ts` and paste it');
  });

  it('rule messages are translated, not copied', () => {
    for (const rule of RULES) {
      for (const [id, message] of Object.entries(rule.messages)) {
        assert.notEqual(message.hy, message.en, `${rule.id}.${id} hy`);
        assert.notEqual(message.ru, message.en, `${rule.id}.${id} ru`);
        assert.match(message.hy, /[\u0531-\u058F]/, `${rule.id}.${id} has Armenian letters`);
        assert.match(message.ru, /[\u0400-\u04FF]/, `${rule.id}.${id} has Cyrillic letters`);
        const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
        assert.deepEqual(placeholders(message.hy), placeholders(message.en), `${rule.id}.${id} hy placeholders`);
        assert.deepEqual(placeholders(message.ru), placeholders(message.en), `${rule.id}.${id} ru placeholders`);
      }
    }
  });
});
