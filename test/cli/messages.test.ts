import * as assert from 'node:assert/strict';
import { LOCALES } from '../../src/core/i18n/locale';
import { CLI_COUNTS, CLI_MESSAGES, alternatives, cliText, countText } from '../../src/cli/messages';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('cli/messages', () => {
  it('has the same placeholders in every language, so no translation drops or invents an argument', () => {
    for (const [id, message] of Object.entries(CLI_MESSAGES)) {
      for (const locale of LOCALES) assert.deepEqual(placeholders(message[locale]), placeholders(message.en), `${id}.${locale}`);
    }
    for (const [id, forms] of Object.entries(CLI_COUNTS)) {
      for (const locale of LOCALES) {
        for (const [category, text] of Object.entries(forms[locale])) assert.deepEqual(placeholders(text), placeholders(forms.en.other), `${id}.${locale}.${category}`);
      }
    }
  });

  it('fills arguments, translated ones in their own language', () => {
    const text = cliText('cannotRead', { path: 'a.smm.yaml', reason: cliText('reasonPermission') });
    assert.equal(text.en, "Cannot read 'a.smm.yaml': permission denied.");
    assert.equal(text.ru, "Не удалось прочитать 'a.smm.yaml': доступ запрещён.");
    assert.equal(text.hy, "Հնարավոր չէ կարդալ 'a.smm.yaml'-ը․ թույլտվություն չկա։");
  });

  it('picks the plural form each language needs', () => {
    assert.deepEqual([0, 1, 2, 5].map((n) => countText('errors', n).en), ['0 errors', '1 error', '2 errors', '5 errors']);
    assert.deepEqual([0, 1, 2, 5, 11, 21, 22].map((n) => countText('errors', n).ru), ['0 ошибок', '1 ошибка', '2 ошибки', '5 ошибок', '11 ошибок', '21 ошибка', '22 ошибки']);
    assert.deepEqual([1, 2].map((n) => countText('errors', n).hy), ['1 սխալ', '2 սխալ']);
    assert.equal(countText('inSomeOfFiles', 21, { part: 3 }).ru, 'в 3 из 21 файла');
    assert.equal(countText('inSomeOfFiles', 5, { part: 3 }).ru, 'в 3 из 5 файлов');
  });

  it('lists alternatives with the language\'s "or"', () => {
    assert.equal(alternatives(['lint']).en, "'lint'");
    assert.equal(alternatives(['lint', 'render', 'x']).ru, "'lint', 'render' или 'x'");
  });
});
