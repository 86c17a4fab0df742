import { format, type Locale, type Localized } from '../core/i18n/locale';
import { MAX_FILE_MB } from './readFile';

/**
 * The text of `--help`, in the language `--locale` asks for. Option names, formats and examples
 * stay as they are typed; `{version}` and `{mb}` are filled in.
 */
const HELP: Localized = {
  en: `smm-strategy {version}: lint social media strategies written as *.smm.yaml, and render them as plans

Usage:
  smm-strategy lint [options] <file|dir|glob>...
  smm-strategy render [options] <file>
  smm-strategy --help | --version

Arguments:
  file              linted or rendered as given, whatever its name; a regular file
                    of at most {mb} MB (not a pipe, a device or a directory)
  dir               searched recursively for *.smm.yaml and *.smm.yml; node_modules
                    and hidden files and folders (names starting with '.') are skipped
  glob              '*' and '?' match within one path segment, '**' any number of
                    segments, {a,b} either one, [ab] one character of; wildcards do not
                    match hidden names. Quote it so the shell leaves it alone:
                    'docs/**/*.smm.{yaml,yml}'

Options of lint:
  -f, --format text|json|sarif   output format (default: text)
      --locale en|hy|ru          language of the messages, the summary and this help;
                                 overrides the config file and each file's own 'locale:'
      --max-warnings N           exit 1 when more than N warnings are found
  -c, --config FILE              JSON config; default: ./smm.config.json if it exists
                                 { "locale": "hy", "rules": { "no-budget": "off", "audience-*": "info" } }
                                 (rules may also be a list: [{ "rule": "...", "severity": "..." }];
                                 severities: off, info, warning, error; checked against
                                 schemas/smm-config.schema.json)
  -q, --quiet                    print errors only (warnings still count for the exit code)

Options of render:
  -f, --format html|markdown     html (default): a standalone page, styles included, that
                                 runs no scripts (its Content-Security-Policy blocks them),
                                 to open in a browser or print; markdown: the same plan
  -o, --output FILE              write the plan to FILE (replaced whole, never half
                                 written) instead of stdout; never the strategy itself
      --locale en|hy|ru          language of the plan, the messages and this help;
                                 overrides the config file and the file's own 'locale:'
  -c, --config FILE              as for lint: the problems shown in the plan follow it

Other options:
  -h, --help                     show this help
  -v, --version                  show the version

Output of lint:
  text    file:line:col severity message rule, then a summary. Lines and columns
          are 1-based; columns count UTF-16 code units, as the editor does (an
          emoji counts 2, a byte order mark is not counted). Control characters
          from files and file names are shown as escapes such as \\x1b.
  json    [{ "file", "problems": [{ "rule", "severity", "message",
          "range": { "start": { "line", "character" }, "end": { … } } }] }]
          with 0-based positions, one entry per file.
  sarif   SARIF 2.1.0 for code scanning.

Exit codes:
  0  lint: no errors (and no more warnings than --max-warnings);
     render: the plan was made, even if it shows problems
  1  lint: errors found, or too many warnings;
     render: the file is not readable YAML (the plan shows where)
  2  usage error, a file that cannot be read, or output that cannot be written
`,
  hy: `smm-strategy {version}․ *.smm.yaml ֆայլերով գրված սոցիալական մեդիայի ռազմավարությունների ստուգում և դրանց ներկայացում որպես պլան

Օգտագործում․
  smm-strategy lint [պարամետրեր] <ֆայլ|թղթապանակ|glob>...
  smm-strategy render [պարամետրեր] <ֆայլ>
  smm-strategy --help | --version

Արգումենտներ․
  ֆայլ              ստուգվում կամ ներկայացվում է այնպես, ինչպես տրված է, անկախ անունից․ սովորական ֆայլ՝
                    առավելագույնը {mb} ՄԲ (ոչ խողովակ, ոչ սարք, ոչ թղթապանակ)
  թղթապանակ         դրանում և ենթաթղթապանակներում փնտրվում են *.smm.yaml և *.smm.yml
                    ֆայլերը․ node_modules-ը և թաքնված ֆայլերն ու թղթապանակները
                    ('.'-ով սկսվող անունները) բաց են թողնվում
  glob              '*'-ը և '?'-ը համընկնում են ուղու մեկ հատվածի ներսում, '**'-ը՝ ցանկացած
                    թվով հատվածների, {a,b}-ն՝ երկուսից մեկին, [ab]-ն՝ նշված նիշերից մեկին․
                    նմուշները չեն համընկնում թաքնված անունների հետ։ Վերցրեք այն չակերտների
                    մեջ, որպեսզի shell-ը չփոխի այն․ 'docs/**/*.smm.{yaml,yml}'

lint-ի պարամետրերը․
  -f, --format text|json|sarif   արդյունքի ձևաչափը (լռելյայն՝ text)
      --locale en|hy|ru          հաղորդագրությունների, ամփոփման և այս օգնության լեզուն․
                                 գերակա է կարգավորումների ֆայլից և ֆայլի 'locale:'-ից
      --max-warnings N           ավարտել 1 կոդով, եթե գտնվել է N-ից ավելի զգուշացում
  -c, --config FILE              JSON կարգավորումներ․ լռելյայն՝ ./smm.config.json, եթե այն կա
                                 { "locale": "hy", "rules": { "no-budget": "off", "audience-*": "info" } }
                                 (rules-ը կարող է լինել նաև ցուցակ՝ [{ "rule": "...", "severity": "..." }],
                                 severity-ները՝ off, info, warning, error․ ստուգվում է
                                 schemas/smm-config.schema.json սխեմայով)
  -q, --quiet                    տպել միայն սխալները (զգուշացումները դեռ հաշվվում են ելքի կոդի համար)

render-ի պարամետրերը․
  -f, --format html|markdown     html (լռելյայն)՝ ինքնուրույն էջ՝ ոճերով, որը ոչ մի սկրիպտ
                                 չի գործարկում (դրա Content-Security-Policy-ն արգելում է
                                 դրանք), դիտարկիչում բացելու կամ տպելու համար․ markdown՝
                                 նույն պլանը
  -o, --output FILE              գրել պլանը FILE ֆայլում (ամբողջությամբ փոխարինվում է, երբեք
                                 կիսատ չի գրվում) stdout-ի փոխարեն․ երբեք հենց ռազմավարության տեղում
      --locale en|hy|ru          պլանի, հաղորդագրությունների և այս օգնության լեզուն․
                                 գերակա է կարգավորումների ֆայլից և ֆայլի 'locale:'-ից
  -c, --config FILE              ինչպես lint-ի դեպքում․ պլանում ցույց տրված խնդիրները հետևում են դրան

Այլ պարամետրեր․
  -h, --help                     ցույց տալ այս օգնությունը
  -v, --version                  ցույց տալ տարբերակը

lint-ի արդյունքը․
  text    ֆայլ:տող:սյուն լրջություն հաղորդագրություն կանոն, հետո ամփոփում։ Տողերն ու
          սյուները հաշվվում են 1-ից․ սյուները հաշվում են UTF-16 կոդային միավորները,
          ինչպես խմբագրիչը (էմոջին հաշվվում է 2, բայթերի կարգի նշանը չի հաշվվում)։
          Ֆայլերի և ֆայլերի անունների կառավարման նիշերը ցույց են տրվում որպես
          \\x1b-ի նման escape-ներ։
  json    [{ "file", "problems": [{ "rule", "severity", "message",
          "range": { "start": { "line", "character" }, "end": { … } } }] }]
          0-ից հաշվվող դիրքերով, մեկ գրառում յուրաքանչյուր ֆայլի համար։
  sarif   SARIF 2.1.0՝ կոդի սկանավորման համար։

Ելքի կոդեր․
  0  lint՝ սխալներ չկան (և զգուշացումները --max-warnings-ից ավելի չեն)․
     render՝ պլանը պատրաստ է, նույնիսկ եթե այն խնդիրներ է ցույց տալիս
  1  lint՝ գտնվել են սխալներ կամ չափազանց շատ զգուշացումներ․
     render՝ ֆայլը ընթեռնելի YAML չէ (պլանը ցույց է տալիս, թե որտեղ)
  2  օգտագործման սխալ, ֆայլ, որը հնարավոր չէ կարդալ, կամ արդյունք, որը հնարավոր չէ գրել
`,
  ru: `smm-strategy {version}: проверка стратегий в соцсетях, записанных как *.smm.yaml, и вывод их в виде плана

Использование:
  smm-strategy lint [параметры] <файл|папка|glob>...
  smm-strategy render [параметры] <файл>
  smm-strategy --help | --version

Аргументы:
  файл              проверяется или выводится как указан, с любым именем; обычный файл не больше
                    {mb} МБ (не канал, не устройство и не папка)
  папка             в ней и во вложенных папках ищутся *.smm.yaml и *.smm.yml;
                    node_modules и скрытые файлы и папки (имена с '.') пропускаются
  glob              '*' и '?' совпадают в пределах одной части пути, '**' — с любым
                    числом частей, {a,b} — с одним из вариантов, [ab] — с одним из
                    символов; шаблоны не совпадают со скрытыми именами. Заключите его
                    в кавычки, чтобы shell его не трогал: 'docs/**/*.smm.{yaml,yml}'

Параметры lint:
  -f, --format text|json|sarif   формат вывода (по умолчанию: text)
      --locale en|hy|ru          язык сообщений, итога и этой справки; важнее
                                 файла настроек и 'locale:' каждого файла
      --max-warnings N           завершиться с кодом 1, если предупреждений больше N
  -c, --config FILE              настройки в JSON; по умолчанию ./smm.config.json, если он есть
                                 { "locale": "hy", "rules": { "no-budget": "off", "audience-*": "info" } }
                                 (rules может быть и списком: [{ "rule": "...", "severity": "..." }];
                                 уровни: off, info, warning, error; проверяется по
                                 schemas/smm-config.schema.json)
  -q, --quiet                    выводить только ошибки (предупреждения всё равно влияют на код выхода)

Параметры render:
  -f, --format html|markdown     html (по умолчанию): отдельная страница со стилями, которая
                                 не запускает скриптов (их запрещает её Content-Security-Policy),
                                 чтобы открыть в браузере или напечатать; markdown: тот же план
  -o, --output FILE              записать план в FILE (заменяется целиком, никогда не
                                 наполовину) вместо stdout; никогда не в саму стратегию
      --locale en|hy|ru          язык плана, сообщений и этой справки; важнее
                                 файла настроек и 'locale:' файла
  -c, --config FILE              как для lint: проблемы в плане следуют ему

Другие параметры:
  -h, --help                     показать эту справку
  -v, --version                  показать версию

Вывод lint:
  text    файл:строка:столбец уровень сообщение правило, затем итог. Строки и столбцы
          считаются с 1; столбцы считают единицы UTF-16, как редактор (эмодзи
          считается за 2, метка порядка байтов не считается). Управляющие символы
          из файлов и имён файлов показываются как escape-последовательности, например \\x1b.
  json    [{ "file", "problems": [{ "rule", "severity", "message",
          "range": { "start": { "line", "character" }, "end": { … } } }] }]
          с позициями от 0, по одной записи на файл.
  sarif   SARIF 2.1.0 для сканирования кода.

Коды выхода:
  0  lint: ошибок нет (и предупреждений не больше --max-warnings);
     render: план готов, даже если он показывает проблемы
  1  lint: найдены ошибки или слишком много предупреждений;
     render: файл не читается как YAML (план показывает, где)
  2  ошибка использования, файл, который нельзя прочитать, или вывод, который нельзя записать
`,
};

/** The text of `--help` in `locale` (English unless `--locale` said otherwise). */
export function helpText(version: string, locale: Locale = 'en'): string {
  return format(HELP, locale, { version, mb: MAX_FILE_MB });
}
