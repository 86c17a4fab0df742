import { SEVERITY_COUNTS } from '../core/i18n/counts';
import { format, type Locale, type Localized } from '../core/i18n/locale';
import { plural, type PluralForms } from '../core/i18n/plural';

/**
 * Every sentence the CLI itself prints (usage and file errors, warnings, the summary), in each
 * language: problem messages come from the core's catalogues, these from here. `{name}` is filled
 * by `cliText`; a missing translation is a compile error.
 */
export const CLI_MESSAGES = {
  usageHint: {
    en: "Run 'smm-strategy --help' for usage.",
    hy: "Օգտագործման մասին՝ 'smm-strategy --help'։",
    ru: "Справка: 'smm-strategy --help'.",
  },
  unknownOption: {
    en: "Unknown option '{option}'.",
    hy: "Անհայտ պարամետր '{option}'։",
    ru: "Неизвестный параметр '{option}'.",
  },
  optionNeedsValue: {
    en: "Option '{option}' needs a value.",
    hy: "'{option}' պարամետրին արժեք է պետք։",
    ru: "Для параметра '{option}' нужно значение.",
  },
  optionTakesNoValue: {
    en: "Option '{option}' takes no value.",
    hy: "'{option}' պարամետրը արժեք չի ընդունում։",
    ru: "Параметр '{option}' не принимает значения.",
  },
  optionNeedsFileName: {
    en: "Option '{option}' needs a file name.",
    hy: "'{option}' պարամետրին ֆայլի անուն է պետք։",
    ru: "Для параметра '{option}' нужно имя файла.",
  },
  invalidChoice: {
    en: "Invalid value '{value}' for {option}; expected one of: {choices}.",
    hy: "'{value}'-ը {option}-ի համար անվավեր արժեք է․ սպասվում է՝ {choices}։",
    ru: "Недопустимое значение '{value}' для {option}; ожидается одно из: {choices}.",
  },
  invalidCount: {
    en: "Invalid value '{value}' for {option}; expected a whole number, 0 or more.",
    hy: "'{value}'-ը {option}-ի համար անվավեր արժեք է․ սպասվում է ամբողջ թիվ՝ 0 կամ ավելի։",
    ru: "Недопустимое значение '{value}' для {option}; ожидается целое число, 0 или больше.",
  },
  noCommand: {
    en: 'No command given; expected {commands}.',
    hy: 'Հրաման տրված չէ․ սպասվում է {commands}։',
    ru: 'Не указана команда; ожидается {commands}.',
  },
  unknownCommand: {
    en: "Unknown command '{command}'; expected {commands}.",
    hy: "Անհայտ հրաման '{command}'․ սպասվում է {commands}։",
    ru: "Неизвестная команда '{command}'; ожидается {commands}.",
  },
  noFiles: {
    en: 'No files given: name at least one file, directory or glob to lint.',
    hy: 'Ֆայլեր տրված չեն․ նշեք ստուգելու առնվազն մեկ ֆայլ, թղթապանակ կամ glob նմուշ։',
    ru: 'Не указаны файлы: назовите хотя бы один файл, папку или glob-шаблон для проверки.',
  },
  emptyFileName: {
    en: 'An empty file name was given.',
    hy: 'Տրված է դատարկ ֆայլի անուն։',
    ru: 'Указано пустое имя файла.',
  },
  noFileToRender: {
    en: 'No file given: name the strategy file to render.',
    hy: 'Ֆայլ տրված չէ․ նշեք այն ռազմավարության ֆայլը, որից պետք է պլան կազմել։',
    ru: 'Не указан файл: назовите файл стратегии, из которого нужно сделать план.',
  },
  oneFileToRender: {
    en: 'render takes one file, but {count} were given.',
    hy: 'render-ը ընդունում է մեկ ֆայլ, բայց տրված է {count}։',
    ru: 'render принимает один файл, а указано {count}.',
  },
  outputIsInput: {
    en: "The output file '{path}' is the strategy itself; choose another file for the plan.",
    hy: "'{path}' ելքային ֆայլը հենց ռազմավարությունն է․ պլանի համար ընտրեք այլ ֆայլ։",
    ru: "Файл вывода '{path}' — это сама стратегия; выберите для плана другой файл.",
  },
  stdinUnsupported: {
    en: 'Reading from standard input is not supported; name a file.',
    hy: 'Ստանդարտ մուտքից կարդալը չի աջակցվում․ նշեք ֆայլ։',
    ru: 'Чтение из стандартного ввода не поддерживается; укажите файл.',
  },

  noSuchFile: {
    en: "No such file or directory: '{path}'.",
    hy: "Այդպիսի ֆայլ կամ թղթապանակ չկա՝ '{path}'։",
    ru: "Нет такого файла или папки: '{path}'.",
  },
  cannotAccess: {
    en: "Cannot access '{path}': {reason}.",
    hy: "'{path}'-ին հնարավոր չէ դիմել․ {reason}։",
    ru: "Нет доступа к '{path}': {reason}.",
  },
  noMatches: {
    en: "No files match the pattern '{pattern}'.",
    hy: "'{pattern}' նմուշին ոչ մի ֆայլ չի համապատասխանում։",
    ru: "Ни один файл не подходит под шаблон '{pattern}'.",
  },
  noStrategyFiles: {
    en: "No *.smm.yaml or *.smm.yml files in the directory '{path}'.",
    hy: "'{path}' թղթապանակում *.smm.yaml կամ *.smm.yml ֆայլեր չկան։",
    ru: "В папке '{path}' нет файлов *.smm.yaml или *.smm.yml.",
  },
  cannotReadDirectory: {
    en: "Cannot read the directory '{path}': {reason}.",
    hy: "Հնարավոր չէ կարդալ '{path}' թղթապանակը․ {reason}։",
    ru: "Не удалось прочитать папку '{path}': {reason}.",
  },
  cannotRead: {
    en: "Cannot read '{path}': {reason}.",
    hy: "Հնարավոր չէ կարդալ '{path}'-ը․ {reason}։",
    ru: "Не удалось прочитать '{path}': {reason}.",
  },
  tooLarge: {
    en: "'{path}' is too large ({size} MB; the limit is {limit} MB).",
    hy: "'{path}'-ը չափազանց մեծ է ({size} ՄԲ, սահմանը՝ {limit} ՄԲ)։",
    ru: "'{path}' слишком большой ({size} МБ; предел — {limit} МБ).",
  },
  cannotWrite: {
    en: "Cannot write '{path}': {reason}.",
    hy: "Հնարավոր չէ գրել '{path}'-ը․ {reason}։",
    ru: "Не удалось записать '{path}': {reason}.",
  },
  writeFailed: {
    en: 'Cannot write the output: {reason}.',
    hy: 'Հնարավոր չէ գրել արդյունքը․ {reason}։',
    ru: 'Не удалось записать результат: {reason}.',
  },

  // Reasons, filled into {reason} above.
  reasonNoEntry: { en: 'no such file or directory', hy: 'այդպիսի ֆայլ կամ թղթապանակ չկա', ru: 'нет такого файла или папки' },
  reasonNoFile: { en: 'no such file', hy: 'այդպիսի ֆայլ չկա', ru: 'нет такого файла' },
  reasonPermission: { en: 'permission denied', hy: 'թույլտվություն չկա', ru: 'доступ запрещён' },
  reasonIsDirectory: { en: 'it is a directory', hy: 'դա թղթապանակ է', ru: 'это папка' },
  reasonNotDirectory: { en: 'not a directory', hy: 'թղթապանակ չէ', ru: 'это не папка' },
  reasonLoop: { en: 'too many symbolic links', hy: 'չափազանց շատ սիմվոլիկ հղումներ', ru: 'слишком много символических ссылок' },
  reasonNameTooLong: { en: 'file name too long', hy: 'ֆայլի անունը չափազանց երկար է', ru: 'слишком длинное имя файла' },
  reasonNoSpace: { en: 'no space left on the device', hy: 'սարքում տեղ չի մնացել', ru: 'на устройстве не осталось места' },
  reasonPipe: { en: 'it is a pipe, not a file', hy: 'դա խողովակ (pipe) է, ոչ թե ֆայլ', ru: 'это канал (pipe), а не файл' },
  reasonDevice: { en: 'it is a device, not a file', hy: 'դա սարք է, ոչ թե ֆայլ', ru: 'это устройство, а не файл' },
  reasonSocket: { en: 'it is a socket, not a file', hy: 'դա սոկետ է, ոչ թե ֆայլ', ru: 'это сокет, а не файл' },
  reasonNotRegularFile: { en: 'it is not a regular file', hy: 'դա սովորական ֆայլ չէ', ru: 'это не обычный файл' },

  cannotReadConfig: {
    en: "Cannot read the config file '{path}': {reason}.",
    hy: "Հնարավոր չէ կարդալ '{path}' կարգավորումների ֆայլը․ {reason}։",
    ru: "Не удалось прочитать файл настроек '{path}': {reason}.",
  },
  configNotJson: {
    en: "The config file '{file}' is not valid JSON: {detail}.",
    hy: "'{file}' կարգավորումների ֆայլը վավեր JSON չէ․ {detail}։",
    ru: "Файл настроек '{file}' — некорректный JSON: {detail}.",
  },
  invalidConfig: {
    en: "Invalid config file '{file}': {problem}.",
    hy: "Անվավեր կարգավորումների ֆայլ '{file}'․ {problem}։",
    ru: "Ошибка в файле настроек '{file}': {problem}.",
  },
  // Problems in a config file, filled into {problem} above; {where} is a path such as rules[0].severity.
  configNotObject: { en: 'expected a JSON object', hy: 'սպասվում է JSON օբյեկտ', ru: 'ожидается JSON-объект' },
  configUnknownKey: {
    en: "unknown key '{key}' (expected {expected})",
    hy: "անհայտ բանալի '{key}' (սպասվում է {expected})",
    ru: "неизвестный ключ '{key}' (ожидается {expected})",
  },
  configUnknownKeyIn: {
    en: "unknown key '{key}' in {where} (expected {expected})",
    hy: "անհայտ բանալի '{key}' {where}-ում (սպասվում է {expected})",
    ru: "неизвестный ключ '{key}' в {where} (ожидается {expected})",
  },
  configMissingKey: { en: "{where} needs '{key}'", hy: "{where}-ում պետք է լինի '{key}'", ru: "в {where} нужен ключ '{key}'" },
  configNotOneOf: {
    en: '{where} must be one of {allowed}, not {value}',
    hy: '{where}-ը պետք է լինի հետևյալներից մեկը՝ {allowed}, ոչ թե {value}',
    ru: '{where} должно быть одним из: {allowed}, а не {value}',
  },
  configWrongType: { en: '{where} must be {expected}, not {value}', hy: '{where}-ը պետք է լինի {expected}, ոչ թե {value}', ru: '{where} должно быть {expected}, а не {value}' },
  configBlankRule: {
    en: "{where} must name a rule (wildcards '*' allowed)",
    hy: "{where}-ը պետք է կանոնի անուն լինի (թույլատրվում է '*')",
    ru: "{where} должно называть правило (можно с '*')",
  },
  configOther: { en: '{where}: {detail}', hy: '{where}․ {detail}', ru: '{where}: {detail}' },
  typeObject: { en: 'an object', hy: 'օբյեկտ', ru: 'объектом' },
  typeArray: { en: 'a list', hy: 'ցուցակ', ru: 'списком' },
  typeString: { en: 'text', hy: 'տեքստ', ru: 'текстом' },
  typeListOrObject: { en: 'a list or an object', hy: 'ցուցակ կամ օբյեկտ', ru: 'списком или объектом' },
  or: { en: ' or ', hy: ' կամ ', ru: ' или ' },
  unknownRule: {
    en: "warning: the config names an unknown rule '{rule}'.",
    hy: "զգուշացում․ կարգավորումներում նշված է անհայտ կանոն '{rule}'։",
    ru: "предупреждение: в настройках указано неизвестное правило '{rule}'.",
  },

  tooManyWarnings: {
    en: 'too many warnings ({count}; --max-warnings is {max}).',
    hy: 'չափազանց շատ զգուշացումներ ({count}, --max-warnings-ը {max} է)։',
    ru: 'слишком много предупреждений ({count}; --max-warnings равно {max}).',
  },
  ruleFailed: {
    en: "internal warning: rule '{rule}' failed on {file}: {detail} (its problems are missing; please report this)",
    hy: "ներքին զգուշացում․ '{rule}' կանոնը ձախողվեց {file}-ում․ {detail} (նրա խնդիրները բացակայում են, խնդրում ենք հայտնել այդ մասին)",
    ru: "внутреннее предупреждение: правило '{rule}' дало сбой на {file}: {detail} (его проблемы не показаны; пожалуйста, сообщите об этом)",
  },
  notReadableYaml: {
    en: "'{file}' is not readable YAML; the plan shows what could be read. Line {line}: {message}",
    hy: "'{file}'-ը ընթեռնելի YAML չէ․ պլանում ցույց է տրված այն, ինչ հնարավոր եղավ կարդալ։ Տող {line}․ {message}",
    ru: "'{file}' не читается как YAML; в плане показано то, что удалось прочитать. Строка {line}: {message}",
  },
  notReadableYamlSeePlan: {
    en: "'{file}' is not readable YAML; the plan shows what could be read.",
    hy: "'{file}'-ը ընթեռնելի YAML չէ․ պլանում ցույց է տրված այն, ինչ հնարավոր եղավ կարդալ։",
    ru: "'{file}' не читается как YAML; в плане показано то, что удалось прочитать.",
  },
  partFailed: {
    en: "internal warning: the part '{part}' of the plan failed on {file}: {detail} (the plan says so in its place; please report this)",
    hy: "ներքին զգուշացում․ պլանի '{part}' մասը ձախողվեց {file}-ում․ {detail} (պլանում դրա տեղում նշված է այդ մասին, խնդրում ենք հայտնել)",
    ru: "внутреннее предупреждение: часть плана '{part}' дала сбой на {file}: {detail} (в плане на её месте есть пометка; пожалуйста, сообщите об этом)",
  },
  internalError: { en: 'internal error: {detail}', hy: 'ներքին սխալ․ {detail}', ru: 'внутренняя ошибка: {detail}' },

  noProblems: { en: '✔ no problems {where}', hy: '✔ խնդիրներ չկան {where}', ru: '✔ нет проблем {where}' },
  problemsSummary: {
    en: '✖ {problems} ({errors}, {warnings}, {infos}) {where}',
    hy: '✖ {problems} ({errors}, {warnings}, {infos}) {where}',
    ru: '✖ {problems} ({errors}, {warnings}, {infos}) {where}',
  },
} satisfies Record<string, Localized>;

type CliMessageId = keyof typeof CLI_MESSAGES;

/** Counted phrases; `{n}` is the count. Armenian nouns stay singular after a number. */
export const CLI_COUNTS = {
  problems: {
    en: { one: '{n} problem', other: '{n} problems' },
    hy: { other: '{n} խնդիր' },
    ru: { one: '{n} проблема', few: '{n} проблемы', many: '{n} проблем', other: '{n} проблемы' },
  },
  errors: SEVERITY_COUNTS.error,
  warnings: SEVERITY_COUNTS.warning,
  infos: SEVERITY_COUNTS.info,
  /** "in 3 files" */
  inFiles: {
    en: { one: 'in {n} file', other: 'in {n} files' },
    hy: { other: '{n} ֆայլում' },
    ru: { one: 'в {n} файле', other: 'в {n} файлах' },
  },
  /** "in 1 of 3 files": the noun agrees with the total, {n} is the total, {part} the files with problems. */
  inSomeOfFiles: {
    en: { one: 'in {part} of {n} file', other: 'in {part} of {n} files' },
    hy: { other: '{n} ֆայլից {part}-ում' },
    ru: { one: 'в {part} из {n} файла', other: 'в {part} из {n} файлов' },
  },
} satisfies Record<string, Localized<PluralForms>>;

type CliCountId = keyof typeof CLI_COUNTS;

/** An argument of a message: the same in every language, or already translated. */
type TextArg = string | number | Localized;

function argsIn(locale: Locale, args: Readonly<Record<string, TextArg>>): Record<string, string | number> {
  const result: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(args)) result[name] = typeof value === 'object' ? value[locale] : value;
  return result;
}

function eachLocale(render: (locale: Locale) => string): Localized {
  return { en: render('en'), hy: render('hy'), ru: render('ru') };
}

/**
 * A catalogue message with its arguments filled in, in every language; the language is picked
 * only when it is printed, since `--locale` may not be known yet when the message is made.
 * @example cliText('noMatches', { pattern: '*.smm.json' }).en // "No files match the pattern '*.smm.json'."
 */
export function cliText(id: CliMessageId, args: Readonly<Record<string, TextArg>> = {}): Localized {
  return eachLocale((locale) => format(CLI_MESSAGES[id], locale, argsIn(locale, args)));
}

/**
 * A counted phrase in the grammatical form each language needs for `n`.
 * @example countText('errors', 5).ru // "5 ошибок"
 */
export function countText(id: CliCountId, n: number, args: Readonly<Record<string, TextArg>> = {}): Localized {
  return eachLocale((locale) => {
    const text = plural(CLI_COUNTS[id], locale, n);
    return format({ en: text, hy: text, ru: text }, locale, { ...argsIn(locale, args), n });
  });
}

/** The same text in every language: for names, paths and details that are not translated. */
export function untranslated(text: string): Localized {
  return { en: text, hy: text, ru: text };
}

/** `'a', 'b' or 'c'` in each language. */
export function alternatives(items: readonly string[]): Localized {
  return eachLocale((locale) => {
    const quoted = items.map((item) => `'${item}'`);
    if (quoted.length <= 1) return quoted.join('');
    return `${quoted.slice(0, -1).join(', ')}${CLI_MESSAGES.or[locale]}${quoted.at(-1)}`;
  });
}
