// The extension's manifest and package: the translations of the editor texts.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');

interface Manifest {
  readonly l10n?: string;
}

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Manifest;

describe('editor texts', () => {
  /** Every `l10n.t('…')` of the host: the English text is the key of its translations. */
  function hostTexts(): string[] {
    const texts: string[] = [];
    const visit = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) visit(path);
        else if (entry.name.endsWith('.ts')) {
          for (const m of readFileSync(path, 'utf8').matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)) texts.push(m[1]!.replace(/\\(.)/g, '$1'));
        }
      }
    };
    visit(join(ROOT, 'src/host'));
    return texts;
  }

  const placeholders = (text: string) => [...text.matchAll(/\{(\d+)\}/g)].map((m) => m[1]).sort();

  for (const [language, letters] of [['hy', /[\u0531-\u058F]/], ['ru', /[\u0400-\u04FF]/]] as const) {
    it(`are translated to ${language}, with the same placeholders, and no translation is left over`, () => {
      assert.equal(manifest.l10n, './l10n');
      const bundle = JSON.parse(readFileSync(join(ROOT, 'l10n', `bundle.l10n.${language}.json`), 'utf8')) as Record<string, string>;
      const texts = hostTexts();
      assert.ok(texts.length > 0, 'the host has texts to translate');
      for (const text of texts) {
        const translated = bundle[text];
        assert.ok(translated, `${language}: no translation of "${text}"`);
        assert.match(translated, letters, `${language}: "${translated}"`);
        assert.deepEqual(placeholders(translated), placeholders(text), `${language}: placeholders of "${text}"`);
      }
      assert.deepEqual(Object.keys(bundle).filter((key) => !texts.includes(key)), [], `${language}: translations of texts that no longer exist`);
    });
  }
});
