import { ID_SECTIONS } from '../model/sections';
import { defineDocumentRule } from './rule';

export const duplicateId = defineDocumentRule({
  id: 'duplicate-id',
  severity: 'error',
  seed: false,
  scope: 'document',
  reads: Object.fromEntries(ID_SECTIONS.map((section) => [section, ['id']])),
  // The message names the line of the first definition.
  namesLines: true,
  description: {
    en: 'Ids are unique within each section (goals, audiences, competitors, channels, content pillars, team).',
    hy: 'Id-ները եզակի են յուրաքանչյուր բաժնի ներսում (նպատակներ, լսարաններ, մրցակիցներ, ալիքներ, բովանդակային ուղղություններ, թիմ)։',
    ru: 'Id уникальны внутри каждого раздела (цели, аудитории, конкуренты, каналы, контентные рубрики, команда).',
  },
  rationale: {
    en: 'Channels, content pillars, KPIs, budget items and the calendar refer to goals, audiences, channels and people by id. When two items share an id, such a reference cannot say which of them it means, and the goal–channel–audience links of the strategy break.',
    hy: 'Ալիքները, բովանդակային ուղղությունները, հիմնական ցուցանիշները, բյուջեի տողերը և օրացույցը նպատակներին, լսարաններին, ալիքներին և մարդկանց հղվում են id-ով։ Երբ երկու տարր ունեն նույն id-ն, հղումից պարզ չէ, թե որն է նկատի առնված, և ռազմավարության «նպատակ–ալիք–լսարան» կապերը խզվում են։',
    ru: 'Каналы, контентные рубрики, KPI, статьи бюджета и календарь ссылаются на цели, аудитории, каналы и людей по id. Если у двух элементов одинаковый id, по ссылке нельзя понять, какой из них имеется в виду, и связи «цель — канал — аудитория» в стратегии рвутся.',
  },
  messages: {
    duplicate: {
      en: "Duplicate id '{id}' in {section}: it is already used on line {line}. Ids must be unique within a section, because other items refer to them.",
      hy: "Կրկնվող id '{id}' {section} բաժնում․ այն արդեն օգտագործված է տող {line}-ում։ Id-ները բաժնի ներսում պետք է եզակի լինեն, քանի որ մյուս տարրերը հղվում են դրանց։",
      ru: "Повторяющийся id '{id}' в разделе {section}: он уже используется в строке {line}. Id должны быть уникальными внутри раздела, потому что другие элементы ссылаются на них.",
    },
    first: {
      en: "The id '{id}' is first defined here.",
      hy: "'{id}' id-ն առաջին անգամ սահմանված է այստեղ։",
      ru: "Id '{id}' впервые определён здесь.",
    },
  },
  check({ doc }, report) {
    for (const section of ID_SECTIONS) {
      const definitions = doc.definitions(section);
      const taken = new Set(definitions.keys());
      const counters = new Map<string, number>();
      for (const [id, nodes] of definitions) {
        const [first, ...later] = nodes;
        if (!first) continue;
        // The first definition is the one references are taken to mean; every later one is the
        // problem, so the user renames (or deletes) the copies and keeps the original.
        const line = doc.lines.positionAt(first.start).line + 1;
        for (const node of later) {
          const free = freeId(id, taken, counters);
          taken.add(free);
          report({
            messageId: 'duplicate',
            args: { id, section, line },
            node,
            related: [{ node: first, messageId: 'first', args: { id } }],
            data: { replacement: free },
          });
        }
      }
    }
  },
});

/**
 * `post` → `post-2`, `post-2` → `post-3`: the first numbered form of an id nobody uses. `counters`
 * remembers where each base's search stopped, so thousands of copies of one id stay linear.
 */
function freeId(id: string, taken: ReadonlySet<string>, counters: Map<string, number>): string {
  const base = id.replace(/-\d+$/, '');
  let n = counters.get(base) ?? 2;
  while (taken.has(`${base}-${n}`)) n++;
  counters.set(base, n + 1);
  return `${base}-${n}`;
}
