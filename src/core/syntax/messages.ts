import type { Localized } from '../i18n/locale';

/**
 * Plain messages for syntax problems: the causes `diagnose` finds (our codes), then every error
 * code of the yaml library, for what it reports that we do not trace further. Plain text, no
 * markup: Problems, hovers and the CLI show them as they are.
 */
export const SYNTAX_MESSAGES: Readonly<Record<string, Localized>> = {
  UNCLOSED_QUOTE: {
    en: 'This quote {quote} is never closed: add the closing {quote} where the text ends.',
    hy: 'Այս {quote} չակերտը չի փակվում․ ավելացրեք փակող {quote}-ը այնտեղ, որտեղ տեքստն ավարտվում է։',
    ru: 'Эта кавычка {quote} не закрыта: добавьте закрывающую {quote} там, где заканчивается текст.',
  },
  UNCLOSED_LIST: {
    en: 'This list is never closed: add ] after its last item.',
    hy: 'Այս ցուցակը չի փակվում․ ավելացրեք ] վերջին տարրից հետո։',
    ru: 'Этот список не закрыт: добавьте ] после последнего элемента.',
  },
  UNCLOSED_MAP: {
    en: 'This { is never closed: add } after its last value.',
    hy: 'Այս { փակագիծը չի փակվում․ ավելացրեք } վերջին արժեքից հետո։',
    ru: 'Эта скобка { не закрыта: добавьте } после последнего значения.',
  },
  MISSING_SPACE_AFTER_COLON: {
    en: "Put a space after the colon ('{key}: …'): without it this line is not a key with a value.",
    hy: "Երկու կետից հետո դրեք բացատ ('{key}: …')․ առանց դրա այս տողը արժեքով բանալի չէ։",
    ru: "Поставьте пробел после двоеточия ('{key}: …'): без него эта строка не читается как ключ со значением.",
  },
  MISSING_SPACE_AFTER_DASH: {
    en: "Put a space after the dash ('- …'): without it this line is not an item of the list.",
    hy: "Գծիկից հետո դրեք բացատ ('- …')․ առանց դրա այս տողը ցուցակի տարր չէ։",
    ru: "Поставьте пробел после дефиса ('- …'): без него эта строка не читается как элемент списка.",
  },
  COLON_IN_VALUE: {
    en: "The value of '{key}' contains a colon and a space, which start a new key: put the whole value in quotes.",
    hy: "'{key}'-ի արժեքը պարունակում է երկու կետ և բացատ, որոնցով նոր բանալի է սկսվում․ վերցրեք ամբողջ արժեքը չակերտների մեջ։",
    ru: "Значение '{key}' содержит двоеточие с пробелом, с которых начинается новый ключ: возьмите всё значение в кавычки.",
  },
  MISSING_COLON: {
    en: "This line has no colon, so it is not read as 'key: value'. Is the colon after '{word}' missing?",
    hy: "Այս տողում երկու կետ չկա, ուստի այն չի կարդացվում որպես 'բանալի: արժեք'։ Միգուցե '{word}'-ից հետո երկու կետը բացակայում է։",
    ru: "В этой строке нет двоеточия, поэтому она не читается как 'ключ: значение'. Возможно, после '{word}' пропущено двоеточие?",
  },
  OVER_INDENTED: {
    en: "This line is indented deeper than '{key}' above it, but '{key}' already has its value: line it up with '{key}'.",
    hy: "Այս տողն ավելի խորն է նահանջված, քան վերևի '{key}'-ը, բայց '{key}'-ն արդեն ունի իր արժեքը․ հավասարեցրեք տողը '{key}'-ի հետ։",
    ru: "Эта строка сдвинута дальше, чем '{key}' над ней, но у '{key}' уже есть значение: выровняйте строку по '{key}'.",
  },
  OVER_INDENTED_UNDER_VALUE: {
    en: 'This line is indented deeper than the line above it, which already has its value: line the two up.',
    hy: 'Այս տողն ավելի խորն է նահանջված, քան վերևի տողը, որն արդեն ունի իր արժեքը․ հավասարեցրեք երկու տողերը։',
    ru: 'Эта строка сдвинута дальше, чем строка над ней, у которой уже есть значение: выровняйте их.',
  },
  MISALIGNED: {
    en: 'This line is indented by {actual} spaces where its block uses {expected}: line it up with the other lines of the block.',
    hy: 'Այս տողի նահանջը {actual} բացատ է, իսկ իր բլոկինը՝ {expected}․ հավասարեցրեք այն բլոկի մյուս տողերի հետ։',
    ru: 'Отступ этой строки — {actual} (в пробелах), а в её блоке — {expected}: выровняйте её по остальным строкам блока.',
  },
  ORPHAN_LIST: {
    en: "This list belongs to no key. Is the '{section}:' line above it missing?",
    hy: "Այս ցուցակը ոչ մի բանալու չի պատկանում։ Միգուցե դրա վերևում '{section}:' տողը բացակայում է։",
    ru: "Этот список не относится ни к одному ключу. Возможно, над ним пропущена строка '{section}:'?",
  },
  ORPHAN_LIST_UNNAMED: {
    en: 'This list belongs to no key: the line above it already has its value. Is the line naming the list (ending with a colon) missing?',
    hy: 'Այս ցուցակը ոչ մի բանալու չի պատկանում․ վերևի տողն արդեն ունի իր արժեքը։ Միգուցե ցուցակի անունով տողը (վերջում երկու կետով) բացակայում է։',
    ru: 'Этот список не относится ни к одному ключу: у строки над ним уже есть значение. Возможно, пропущена строка с названием списка (с двоеточием в конце)?',
  },
  ORPHAN_BLOCK: {
    en: "These indented lines belong to no key. Is the '{section}:' line above them missing?",
    hy: "Այս նահանջված տողերը ոչ մի բանալու չեն պատկանում։ Միգուցե դրանց վերևում '{section}:' տողը բացակայում է։",
    ru: "Эти строки с отступом не относятся ни к одному ключу. Возможно, над ними пропущена строка '{section}:'?",
  },
  ORPHAN_BLOCK_UNNAMED: {
    en: 'These indented lines belong to no key: the line above them already has its value. Is a key line (ending with a colon) missing above them, or are they indented too far?',
    hy: 'Այս նահանջված տողերը ոչ մի բանալու չեն պատկանում․ վերևի տողն արդեն ունի իր արժեքը։ Միգուցե դրանց վերևում բացակայում է բանալիով տող (վերջում երկու կետով), կամ դրանք չափից ավելի են նահանջված։',
    ru: 'Эти строки с отступом не относятся ни к одному ключу: у строки над ними уже есть значение. Возможно, над ними пропущена строка с ключом (с двоеточием в конце) или отступ слишком большой?',
  },
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
    en: 'Something is missing here: a colon after a key, a dash before a list item, or a closing quote or bracket.',
    hy: 'Այստեղ ինչ-որ բան պակասում է․ երկու կետ բանալուց հետո, գծիկ ցուցակի տարրից առաջ կամ փակող չակերտ կամ փակագիծ։',
    ru: 'Здесь чего-то не хватает: двоеточия после ключа, дефиса перед элементом списка или закрывающей кавычки или скобки.',
  },
  MULTIPLE_DOCS: {
    en: "A strategy file holds one document: remove the '---' line and everything after it, or move that part to a file of its own.",
    hy: "Ռազմավարության ֆայլը պարունակում է մեկ փաստաթուղթ․ հեռացրեք '---' տողը և դրանից հետո եղածը կամ տեղափոխեք այդ մասն առանձին ֆայլ։",
    ru: "Файл стратегии содержит один документ: уберите строку '---' и всё после неё или перенесите эту часть в отдельный файл.",
  },
  BLOCK_AS_IMPLICIT_KEY: {
    en: "A key is expected here, written as 'key: value'.",
    hy: "Այստեղ սպասվում է բանալի՝ գրված 'բանալի: արժեք' ձևով։",
    ru: "Здесь ожидается ключ в виде 'ключ: значение'.",
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
    en: 'This alias (*name) refers to an anchor (&name) that is not defined above it.',
    hy: 'Այս հղումը (*name) վկայակոչում է խարիսխ (&name), որը դրանից վերև սահմանված չէ։',
    ru: 'Этот псевдоним (*name) ссылается на якорь (&name), который не определён выше.',
  },
  ALIAS_PROPS: {
    en: 'An alias (*name) cannot have an anchor or a tag of its own.',
    hy: 'Հղումը (*name) չի կարող ունենալ սեփական խարիսխ կամ պիտակ։',
    ru: 'У псевдонима (*name) не может быть своего якоря или тега.',
  },
  BAD_DIRECTIVE: {
    en: 'This line starting with % is not a directive YAML knows; remove it.',
    hy: '%-ով սկսվող այս տողը YAML-ին հայտնի հրահանգ չէ․ հեռացրեք այն։',
    ru: 'Эта строка с % в начале — неизвестная YAML директива; удалите её.',
  },
  BAD_DQ_ESCAPE: {
    en: 'In double quotes a backslash starts a special character, and this one is not valid: write two backslashes for one, or use single quotes.',
    hy: 'Կրկնակի չակերտներում հետադարձ թեք գիծը հատուկ նշան է սկսում, և այս մեկը վավեր չէ․ մեկի փոխարեն գրեք երկու թեք գիծ կամ օգտագործեք միակի չակերտներ։',
    ru: 'В двойных кавычках обратная косая черта начинает специальный символ, и этот символ недопустим: напишите две черты вместо одной или возьмите текст в одинарные кавычки.',
  },
  BAD_PROP_ORDER: {
    en: 'An anchor (&) or a tag (!) is in the wrong place here.',
    hy: 'Այստեղ խարիսխը (&) կամ պիտակը (!) սխալ տեղում է։',
    ru: 'Якорь (&) или тег (!) здесь стоит не на своём месте.',
  },
  BLOCK_IN_FLOW: {
    en: "Inside [ ] or { } values are separated by commas: a '- ' list or a block of keys cannot go here.",
    hy: "[ ] կամ { } ներսում արժեքները բաժանվում են ստորակետերով․ '- ' ցուցակ կամ բանալիների բլոկ այստեղ չի կարող լինել։",
    ru: "Внутри [ ] или { } значения разделяются запятыми: список с '- ' или блок ключей здесь быть не может.",
  },
  KEY_OVER_1024_CHARS: {
    en: 'This key is too long (over 1024 characters); is a colon missing earlier on the line?',
    hy: 'Այս բանալին չափազանց երկար է (ավելի քան 1024 նիշ)․ միգուցե տողում ավելի վաղ երկու կետ է պակասում։',
    ru: 'Этот ключ слишком длинный (больше 1024 символов); возможно, раньше в строке пропущено двоеточие?',
  },
  MULTIPLE_ANCHORS: {
    en: 'This value has two anchors (&); keep one.',
    hy: 'Այս արժեքն ունի երկու խարիսխ (&)․ թողեք մեկը։',
    ru: 'У этого значения два якоря (&); оставьте один.',
  },
  MULTIPLE_TAGS: {
    en: 'This value has two tags (!); keep one.',
    hy: 'Այս արժեքն ունի երկու պիտակ (!)․ թողեք մեկը։',
    ru: 'У этого значения два тега (!); оставьте один.',
  },
  NON_STRING_KEY: {
    en: 'A key must be plain text, not a list or a block.',
    hy: 'Բանալին պետք է լինի պարզ տեքստ, ոչ թե ցուցակ կամ բլոկ։',
    ru: 'Ключ должен быть простым текстом, а не списком или блоком.',
  },
  TAG_RESOLVE_FAILED: {
    en: 'This tag (!) is not one YAML knows; remove it.',
    hy: 'Այս պիտակը (!) YAML-ին հայտնի չէ․ հեռացրեք այն։',
    ru: 'Этот тег (!) неизвестен YAML; удалите его.',
  },
  BAD_COLLECTION_TYPE: {
    en: 'This tag (!) does not fit this kind of value; remove it.',
    hy: 'Այս պիտակը (!) չի համապատասխանում արժեքի այս տեսակին․ հեռացրեք այն։',
    ru: 'Этот тег (!) не подходит к такому значению; удалите его.',
  },
  RESOURCE_EXHAUSTION: {
    en: 'This file is too large or too complex to check.',
    hy: 'Այս ֆայլը չափազանց մեծ կամ բարդ է ստուգելու համար։',
    ru: 'Этот файл слишком большой или сложный для проверки.',
  },
  IMPOSSIBLE: {
    en: 'The checker failed on this file; this is a bug in the extension, please report it.',
    hy: 'Ստուգիչը ձախողվեց այս ֆայլի վրա․ սա ընդլայնման սխալ է, խնդրում ենք հայտնել այդ մասին։',
    ru: 'Проверка этого файла не удалась; это ошибка расширения, пожалуйста, сообщите о ней.',
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

/** For a code the yaml library may add in a later version: plain words, never the parser's English. */
export const SYNTAX_FALLBACK: Localized = {
  en: 'This part of the file cannot be read: check its indentation, colons and quotes.',
  hy: 'Ֆայլի այս մասը հնարավոր չէ կարդալ․ ստուգեք դրա նահանջը, երկու կետերը և չակերտները։',
  ru: 'Эту часть файла не удаётся прочитать: проверьте отступы, двоеточия и кавычки.',
};
