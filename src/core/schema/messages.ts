import type { Localized } from '../i18n/locale';

/** Plain-language messages for schema errors, by ajv keyword (and a few special cases). */
export const SCHEMA_MESSAGES = {
  empty: {
    en: 'This file is empty. A strategy starts with \'version: 1\' and \'brand:\' with the brand name; the "SMM: New Strategy" command writes a template.',
    hy: 'Այս ֆայլը դատարկ է։ Ռազմավարությունը սկսվում է \'version: 1\'-ով և \'brand:\'-ով՝ ապրանքանիշի անունով․ «SMM: New Strategy» հրամանը կգրի ձևանմուշ։',
    ru: 'Этот файл пуст. Стратегия начинается с \'version: 1\' и \'brand:\' с названием бренда; команда «SMM: New Strategy» создаст шаблон.',
  },
  rootNotMap: {
    en: "A strategy file is a set of sections ('goals:', 'audiences:', 'channels:' …) at the top level, not a list or a single value.",
    hy: "Ռազմավարության ֆայլը վերին մակարդակում բաժինների հավաքածու է ('goals:', 'audiences:', 'channels:' …), ոչ թե ցուցակ կամ մեկ արժեք։",
    ru: "Файл стратегии — это набор разделов ('goals:', 'audiences:', 'channels:' …) на верхнем уровне, а не список и не одно значение.",
  },
  requiredRoot: {
    en: "The file needs '{property}'.",
    hy: "Ֆայլում պետք է լինի '{property}'։",
    ru: "В файле нужен ключ '{property}'.",
  },
  required: {
    en: "'{parent}' needs '{property}'.",
    hy: "'{parent}'-ում պետք է լինի '{property}'։",
    ru: "В '{parent}' нужен ключ '{property}'.",
  },
  additionalProperties: {
    en: "Unknown key '{key}' in '{parent}'.",
    hy: "Անհայտ բանալի '{key}' '{parent}'-ում։",
    ru: "Неизвестный ключ '{key}' в '{parent}'.",
  },
  additionalPropertiesSuggest: {
    en: "Unknown key '{key}' in '{parent}'. Did you mean '{suggestion}'?",
    hy: "Անհայտ բանալի '{key}' '{parent}'-ում։ Գուցե նկատի ունեիք '{suggestion}'։",
    ru: "Неизвестный ключ '{key}' в '{parent}'. Возможно, вы имели в виду '{suggestion}'?",
  },
  enum: {
    en: "'{value}' is not a known value for '{field}'. Allowed: {allowed}.",
    hy: "'{value}'-ը '{field}'-ի համար հայտնի արժեք չէ։ Թույլատրելի են՝ {allowed}։",
    ru: "'{value}' — недопустимое значение для '{field}'. Допустимо: {allowed}.",
  },
  enumSuggest: {
    en: "'{value}' is not a known value for '{field}'. Did you mean '{suggestion}'?",
    hy: "'{value}'-ը '{field}'-ի համար հայտնի արժեք չէ։ Գուցե նկատի ունեիք '{suggestion}'։",
    ru: "'{value}' — недопустимое значение для '{field}'. Возможно, вы имели в виду '{suggestion}'?",
  },
  emptyValue: {
    en: "'{field}' has no value yet.",
    hy: "'{field}'-ը դեռ արժեք չունի։",
    ru: "У '{field}' пока нет значения.",
  },
  emptyEnum: {
    en: "'{field}' has no value yet. Allowed: {allowed}.",
    hy: "'{field}'-ը դեռ արժեք չունի։ Թույլատրելի են՝ {allowed}։",
    ru: "У '{field}' пока нет значения. Допустимо: {allowed}.",
  },
  const: {
    en: "'{field}' must be {allowed}.",
    hy: "'{field}'-ը պետք է լինի {allowed}։",
    ru: "'{field}' должно быть {allowed}.",
  },
  type: {
    en: "'{field}' should be {expected}.",
    hy: "'{field}'-ը պետք է լինի {expected}։",
    ru: "'{field}' должно быть {expected}.",
  },
  id: {
    en: "'{value}' is not a valid id: use lowercase Latin letters, digits and dashes, starting with a letter (for example '{suggestion}').",
    hy: "'{value}'-ը վավեր id չէ․ օգտագործեք լատինական փոքրատառեր, թվեր և գծիկներ՝ սկսելով տառով (օրինակ՝ '{suggestion}')։",
    ru: "'{value}' — недопустимый id: используйте строчные латинские буквы, цифры и дефисы, начиная с буквы (например, '{suggestion}').",
  },
  time: {
    en: "Write the time as HH:MM in quotes, for example \"09:30\".",
    hy: "Ժամը գրեք ԺԺ:ՐՐ ձևով՝ չակերտների մեջ, օրինակ՝ \"09:30\"։",
    ru: "Запишите время в виде ЧЧ:ММ в кавычках, например \"09:30\".",
  },
  pattern: {
    en: "'{value}' does not have the expected form for '{field}'.",
    hy: "'{value}'-ը '{field}'-ի համար սպասվող ձևը չունի։",
    ru: "'{value}' не соответствует ожидаемому виду для '{field}'.",
  },
  date: {
    en: "'{value}' is not a date: write dates as YYYY-MM-DD, for example 2025-03-01.",
    hy: "'{value}'-ը ամսաթիվ չէ․ ամսաթվերը գրեք ՏՏՏՏ-ԱԱ-ՕՕ ձևով, օրինակ՝ 2025-03-01։",
    ru: "'{value}' — не дата: записывайте даты как ГГГГ-ММ-ДД, например 2025-03-01.",
  },
  format: {
    en: "'{value}' is not a valid {format}.",
    hy: "'{value}'-ը վավեր {format} չէ։",
    ru: "'{value}' — недопустимый {format}.",
  },
  minimum: {
    en: "'{field}' must be at least {limit}.",
    hy: "'{field}'-ը պետք է լինի առնվազն {limit}։",
    ru: "'{field}' должно быть не меньше {limit}.",
  },
  exclusiveMinimum: {
    en: "'{field}' must be greater than {limit}.",
    hy: "'{field}'-ը պետք է մեծ լինի {limit}-ից։",
    ru: "'{field}' должно быть больше {limit}.",
  },
  maximum: {
    en: "'{field}' must be at most {limit}.",
    hy: "'{field}'-ը պետք է լինի առավելագույնը {limit}։",
    ru: "'{field}' должно быть не больше {limit}.",
  },
  exclusiveMaximum: {
    en: "'{field}' must be less than {limit}.",
    hy: "'{field}'-ը պետք է փոքր լինի {limit}-ից։",
    ru: "'{field}' должно быть меньше {limit}.",
  },
  minItems: {
    en: "'{field}' needs at least {limit} item(s).",
    hy: "'{field}'-ում պետք է լինի առնվազն {limit} տարր։",
    ru: "В '{field}' нужно хотя бы {limit} элемент(а).",
  },
  maxItems: {
    en: "'{field}' can have at most {limit} item(s).",
    hy: "'{field}'-ում կարող է լինել առավելագույնը {limit} տարր։",
    ru: "В '{field}' может быть не больше {limit} элемент(ов).",
  },
  minLength: {
    en: "'{field}' must not be empty.",
    hy: "'{field}'-ը չպետք է դատարկ լինի։",
    ru: "'{field}' не должно быть пустым.",
  },
  maxLength: {
    en: "'{field}' is too long (at most {limit} characters).",
    hy: "'{field}'-ը չափազանց երկար է (առավելագույնը {limit} նիշ)։",
    ru: "'{field}' слишком длинное (не больше {limit} символов).",
  },
  uniqueItems: {
    en: "'{field}' lists the same value twice.",
    hy: "'{field}'-ում նույն արժեքը երկու անգամ է։",
    ru: "В '{field}' одно и то же значение указано дважды.",
  },
  anyOf: {
    en: "'{field}' does not match any of the allowed forms.",
    hy: "'{field}'-ը չի համապատասխանում թույլատրելի ձևերից ոչ մեկին։",
    ru: "'{field}' не подходит ни под одну из допустимых форм.",
  },
  other: {
    en: "'{field}' is not valid here ({keyword}).",
    hy: "'{field}'-ը այստեղ վավեր չէ ({keyword})։",
    ru: "'{field}' здесь недопустимо ({keyword}).",
  },
} satisfies Record<string, Localized>;

/** How a JSON type is called in a message. */
export const TYPE_NAMES: Readonly<Record<string, Localized>> = {
  string: { en: 'text', hy: 'տեքստ', ru: 'текстом' },
  number: { en: 'a number', hy: 'թիվ', ru: 'числом' },
  integer: { en: 'a whole number', hy: 'ամբողջ թիվ', ru: 'целым числом' },
  boolean: { en: 'true or false', hy: 'true կամ false', ru: 'true или false' },
  array: { en: 'a list (items starting with "- ", or [a, b])', hy: 'ցուցակ («- »-ով սկսվող տարրեր կամ [a, b])', ru: 'списком (элементы с «- » или [a, b])' },
  object: { en: 'a block of keys (key: value)', hy: 'բանալիների բլոկ (key: value)', ru: 'блоком ключей (key: value)' },
  null: { en: 'empty', hy: 'դատարկ', ru: 'пустым' },
};

/** The tail of a cut list of allowed values. */
export const MORE: Localized = { en: 'and {n} more', hy: 'և ևս {n}', ru: 'и ещё {n}' };

export const OR: Localized = { en: ' or ', hy: ' կամ ', ru: ' или ' };
