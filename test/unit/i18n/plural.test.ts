import { strict as assert } from 'node:assert';
import { plural } from '../../../src/core/i18n/plural';

const FILES = {
  en: { one: '{count} file', other: '{count} files' },
  hy: { other: '{count} ֆայլ' },
  ru: { one: '{count} файл', few: '{count} файла', many: '{count} файлов', other: '{count} файла' },
};

describe('plural', () => {
  it('picks the form each language uses for a count', () => {
    const forms = (locale: 'en' | 'hy' | 'ru') => [0, 1, 2, 5, 11, 21, 22, 1.5].map((n) => plural(FILES, locale, n));
    assert.deepEqual(forms('en'), ['{count} files', '{count} file', ...Array(6).fill('{count} files')]);
    assert.deepEqual(forms('hy'), Array(8).fill('{count} ֆայլ'));
    assert.deepEqual(forms('ru'), ['{count} файлов', '{count} файл', '{count} файла', '{count} файлов', '{count} файлов', '{count} файл', '{count} файла', '{count} файла']);
  });
});
