import type { Localized } from '../i18n/locale';

/**
 * Plain messages for the YAML errors people actually make. Codes not listed fall back to
 * `fallback`, which quotes the parser's own (English) text.
 */
export const SYNTAX_MESSAGES: Readonly<Record<string, Localized>> = {
  DUPLICATE_KEY: {
    en: 'This key appears twice in the same block; keep one (the second is ignored).',
    hy: 'Այս բանալին նույն բլոկում երկու անգամ է․ թողեք մեկը (երկրորդը հաշվի չի առնվում)։',
    ru: 'Этот ключ встречается в одном блоке дважды; оставьте один (второй не учитывается).',
  },
  TAB_AS_INDENT: {
    en: 'A tab is used for indentation; YAML needs spaces here.',
    hy: 'Նահանջի համար օգտագործված է tab․ YAML-ում այստեղ պետք են բացատներ։',
    ru: 'Для отступа использована табуляция; в YAML здесь нужны пробелы.',
  },
  BAD_INDENT: {
    en: 'The indentation here does not line up with the block it belongs to.',
    hy: 'Այստեղ նահանջը չի համապատասխանում այն բլոկին, որին պատկանում է։',
    ru: 'Отступ здесь не совпадает с блоком, к которому относится строка.',
  },
  MISSING_CHAR: {
    en: 'Something is not closed here: a quote, bracket or brace is missing.',
    hy: 'Այստեղ ինչ-որ բան փակված չէ․ բացակայում է չակերտ, փակագիծ կամ ձևավոր փակագիծ։',
    ru: 'Здесь что-то не закрыто: не хватает кавычки, скобки или фигурной скобки.',
  },
  MULTIPLE_DOCS: {
    en: 'A strategy file holds one document; remove the `---` separator and everything after it, or move it to its own file.',
    hy: 'Ռազմավարության ֆայլը պարունակում է մեկ փաստաթուղթ․ հեռացրեք `---` բաժանիչը և դրանից հետո եղածը կամ տեղափոխեք առանձին ֆայլ։',
    ru: 'Файл стратегии содержит один документ; уберите разделитель `---` и всё после него или перенесите это в отдельный файл.',
  },
  BLOCK_AS_IMPLICIT_KEY: {
    en: 'A key is expected here, followed by a colon (`key: value`).',
    hy: 'Այստեղ սպասվում է բանալի՝ երկու կետով (`key: value`)։',
    ru: 'Здесь ожидается ключ с двоеточием (`key: value`).',
  },
  MULTILINE_IMPLICIT_KEY: {
    en: 'A key must fit on one line; is a colon missing at the end of the previous line?',
    hy: 'Բանալին պետք է լինի մեկ տողում․ միգուցե նախորդ տողի վերջում երկու կետ է պակասում։',
    ru: 'Ключ должен умещаться в одной строке; возможно, в конце предыдущей строки не хватает двоеточия?',
  },
  UNEXPECTED_TOKEN: {
    en: 'This text is in an unexpected place; check the indentation and the colons around it.',
    hy: 'Այս տեքստը անսպասելի տեղում է․ ստուգեք նահանջը և շրջակա երկու կետերը։',
    ru: 'Этот текст стоит в неожиданном месте; проверьте отступы и двоеточия рядом.',
  },
  BAD_SCALAR_START: {
    en: 'A value cannot start with this character unless it is quoted; put the text in quotes.',
    hy: 'Արժեքը չի կարող սկսվել այս նշանով, եթե չակերտների մեջ չէ․ վերցրեք տեքստը չակերտների մեջ։',
    ru: 'Значение не может начинаться с этого символа без кавычек; возьмите текст в кавычки.',
  },
  BAD_ALIAS: {
    en: 'This alias (`*name`) refers to an anchor (`&name`) that is not defined before it.',
    hy: 'Այս հղումը (`*name`) վկայակոչում է խարիսխ (`&name`), որը դրանից առաջ սահմանված չէ։',
    ru: 'Этот псевдоним (`*name`) ссылается на якорь (`&name`), который не определён выше.',
  },
  ALIAS_EXPANSION: {
    en: 'Aliases here expand to too many values (an "alias bomb"); the file was not checked further.',
    hy: 'Այստեղ հղումները ընդլայնվում են չափազանց շատ արժեքների («alias bomb»)․ ֆայլը հետագա ստուգում չանցավ։',
    ru: 'Псевдонимы здесь разворачиваются в слишком много значений («alias bomb»); дальше файл не проверялся.',
  },
  TOO_DEEP: {
    en: 'The nesting here is too deep to be a strategy; the file was not checked further.',
    hy: 'Այստեղ ներդրվածությունը չափազանց խորն է ռազմավարության համար․ ֆայլը հետագա ստուգում չանցավ։',
    ru: 'Вложенность здесь слишком глубокая для стратегии; дальше файл не проверялся.',
  },
  NOT_TEXT: {
    en: 'This file does not look like text (it contains control characters); is it a binary file or a wrong encoding?',
    hy: 'Այս ֆայլը տեքստի նման չէ (պարունակում է կառավարման նշաններ)․ միգուցե այն երկուական ֆայլ է կամ սխալ կոդավորմամբ։',
    ru: 'Этот файл не похож на текст (в нём управляющие символы); возможно, это двоичный файл или неверная кодировка.',
  },
  NOT_UTF8: {
    en: 'This file contains a replacement character (�): part of it was not valid UTF-8. Reopen it with the right encoding and save it as UTF-8.',
    hy: 'Այս ֆայլը պարունակում է փոխարինող նշան (�)․ դրա մի մասը վավեր UTF-8 չէր։ Վերաբացեք այն ճիշտ կոդավորմամբ և պահպանեք որպես UTF-8։',
    ru: 'В файле есть символ замены (�): часть файла была не в UTF-8. Откройте его в правильной кодировке и сохраните как UTF-8.',
  },
};

export const SYNTAX_FALLBACK: Localized = {
  en: 'YAML syntax error: {detail}',
  hy: 'YAML շարահյուսական սխալ՝ {detail}',
  ru: 'Синтаксическая ошибка YAML: {detail}',
};
