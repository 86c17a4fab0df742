import { format, type Locale, type Localized } from '../i18n/locale';
import { localizedSchema } from '../i18n/schemaText';
import type { StrategyDocument } from '../model/document';
import { text } from '../model/read';
import { referenceTargetAt } from '../model/references';
import { isIdSection, type IdSection } from '../model/sections';
import type { Problem } from '../problem';
import { ruleById } from '../rules';
import { documentationAt, enumAt, type JsonSchema } from '../schema/navigate';
import { locateAt, type Located, type ScalarNode } from '../syntax/ast';
import { escapeMarkdown } from '../text/markdown';

/**
 * What a hover shows at one place, as plain data; `renderHover` turns it into markdown.
 * Everything here is optional but the span: a hover on a problem in blank space has only rules.
 */
export interface HoverInfo {
  /** The span the hover belongs to (the key or value under the cursor, else the problems' span). */
  readonly start: number;
  readonly end: number;
  /** The schema's documentation of the key (or free-text value) under the cursor. */
  readonly schema?: { readonly title?: string; readonly markdown?: string };
  /** An enum value under the cursor, with the field's title and the value's own documentation. */
  readonly enumValue?: { readonly value: string; readonly title?: string; readonly markdown?: string };
  /** An id naming an item of another section, and where that item is defined (0-based line). */
  readonly reference?: { readonly id: string; readonly section: IdSection; readonly name?: string; readonly line?: number };
  /** The `id` of an item, and how many references name it. */
  readonly definition?: { readonly id: string; readonly section: IdSection; readonly name?: string; readonly references: number };
  /** The rules whose problems cover the cursor (each once; all schema checks as `schema`), explained in the file's locale. */
  readonly rules: readonly HoverRule[];
}

export interface HoverRule {
  readonly rule: string;
  /** One line on what the rule checks. */
  readonly description: string;
  /** Why it matters: the seed's reasoning, or the framework behind the rule. */
  readonly rationale?: string;
}

/**
 * The hover at `offset`: schema documentation for a key or value, an enum value's description, an
 * id's target, and the explanation of every rule whose problem covers the offset (`problems` are
 * the file's current problems, `locale` their language). Undefined when there is nothing to say.
 */
export function hoverAt(doc: StrategyDocument, offset: number, problems: readonly Problem[], locale: Locale): HoverInfo | undefined {
  const rules = rulesAt(problems, offset, locale);
  const located = scalarAt(doc, offset);
  // Every part of the hover in one language: the schema's texts too, not only the rules'.
  const about = located ? describe(doc, located, localizedSchema(locale)) : undefined;
  if (about && located) return { start: located.node.start, end: located.node.end, ...about, rules: rules.list };
  if (rules.list.length === 0) return undefined;
  return { start: rules.start, end: rules.end, rules: rules.list };
}

/** The scalar whose text is under `offset` (its end excluded: that is the next character). */
function scalarAt(doc: StrategyDocument, offset: number): Located<ScalarNode> | undefined {
  const located = locateAt(doc.parsed.root, offset);
  const node = located?.node;
  if (node?.kind !== 'scalar' || node.empty || offset >= node.end || located!.ancestors.length === 0) return undefined;
  return located as Located<ScalarNode>;
}

type About = Omit<HoverInfo, 'start' | 'end' | 'rules'>;

function describe(doc: StrategyDocument, { node, path, isKey }: Located<ScalarNode>, docs: JsonSchema): About | undefined {
  if (isKey) return schemaOnly(path, docs);

  const value = typeof node.value === 'string' ? node.value : undefined;
  const target = referenceTargetAt(path);
  if (target && value !== undefined) {
    const defined = doc.definitions(target).get(value)?.[0];
    const name = defined ? itemName(doc, defined) : undefined;
    return {
      reference: {
        id: value,
        section: target,
        ...(name ? { name } : {}),
        ...(defined ? { line: doc.lines.positionAt(defined.start).line } : {}),
      },
    };
  }
  const section = path[0];
  if (value !== undefined && path.length === 3 && path[2] === 'id' && typeof section === 'string' && isIdSection(section)) {
    const name = itemName(doc, node);
    const references = doc.references().filter((r) => r.target === section && r.id === value).length;
    return { definition: { id: value, section, ...(name ? { name } : {}), references } };
  }
  if (value !== undefined) {
    const entry = enumAt(path, docs).find((e) => e.value === value);
    if (entry) {
      const title = documentationAt(path, docs).title;
      return { enumValue: { value, ...(title ? { title } : {}), ...(entry.doc ? { markdown: entry.doc } : {}) } };
    }
  }
  return schemaOnly(path, docs);
}

function schemaOnly(path: readonly (string | number)[], root: JsonSchema): About | undefined {
  const docs = documentationAt(path, root);
  return docs.title || docs.markdown ? { schema: docs } : undefined;
}

/** The name (or a goal's title) of the item an `id` node belongs to. */
function itemName(doc: StrategyDocument, idNode: ScalarNode): string | undefined {
  const item = doc.definingItem(idNode);
  return text(item, 'name') ?? text(item, 'title');
}

function rulesAt(problems: readonly Problem[], offset: number, locale: Locale): { list: HoverRule[]; start: number; end: number } {
  const list: HoverRule[] = [];
  let start = offset;
  let end = offset;
  for (const p of problems) {
    const covers = p.start === p.end ? offset === p.start : p.start <= offset && offset < p.end;
    if (!covers) continue;
    start = list.length === 0 ? p.start : Math.min(start, p.start);
    end = list.length === 0 ? p.end : Math.max(end, p.end);
    // Every schema check (`schema/required`, `schema/type`…) has the same explanation and docs page.
    const rule = p.rule.startsWith('schema') ? 'schema' : p.rule;
    if (list.some((r) => r.rule === rule)) continue;
    list.push(explain(rule, locale));
  }
  return { list, start, end };
}

/** A rule's description and rationale; syntax and schema checks share one explanation each. */
function explain(id: string, locale: Locale): HoverRule {
  const rule = ruleById(id);
  if (rule) return { rule: id, description: rule.description[locale], rationale: rule.rationale[locale] };
  const builtIn = id === 'syntax' ? TEXT.syntax : id.startsWith('schema') ? TEXT.schema : undefined;
  return { rule: id, description: builtIn ? builtIn[locale] : id };
}

/**
 * Renders a hover as markdown. Text from the strategy file (ids, names) is escaped, so a file can
 * not inject links or formatting; schema and rule texts ship with the extension and are markdown.
 * `docsLink` gives the link to a rule's documentation (the host knows where it lives).
 */
export function renderHover(info: HoverInfo, locale: Locale, docsLink: (rule: string) => string | undefined = () => undefined): string {
  const parts: string[] = [];
  if (info.reference) {
    const r = info.reference;
    const head = `**${SECTION[r.section][locale]}** ${escapeMarkdown(r.id)}${r.name ? ` — ${escapeMarkdown(r.name)}` : ''}`;
    const where = r.line === undefined ? format(TEXT.notDefined, locale, { id: r.id }) : format(TEXT.definedAt, locale, { line: r.line + 1 });
    parts.push(`${head}\n\n${escapeMarkdown(where)}`);
  }
  if (info.definition) {
    const d = info.definition;
    const head = `**${SECTION[d.section][locale]}** ${escapeMarkdown(d.id)}${d.name ? ` — ${escapeMarkdown(d.name)}` : ''}`;
    parts.push(`${head}\n\n${format(TEXT.referenced, locale, { count: d.references })}`);
  }
  if (info.enumValue) {
    const e = info.enumValue;
    // The value matched the schema's enum, so it is one of our own identifiers: safe in a code span.
    parts.push(`${e.title ? `**${e.title}**: ` : ''}\`${e.value}\`${e.markdown ? `\n\n${e.markdown}` : ''}`);
  }
  if (info.schema) {
    const s = info.schema;
    parts.push([s.title ? `**${s.title}**` : '', s.markdown ?? ''].filter(Boolean).join('\n\n'));
  }
  for (const r of info.rules) {
    const link = docsLink(r.rule);
    const lines = [`**${escapeMarkdown(r.rule)}** — ${r.description}`];
    if (r.rationale) lines.push(`${TEXT.why[locale]} ${r.rationale}`);
    if (link) lines.push(`[${TEXT.docs[locale]}](${link})`);
    parts.push(lines.join('\n\n'));
  }
  return parts.join('\n\n---\n\n');
}

const SECTION: Record<IdSection, Localized> = {
  goals: { en: 'Goal', hy: 'Նպատակ', ru: 'Цель' },
  audiences: { en: 'Audience', hy: 'Լսարան', ru: 'Аудитория' },
  competitors: { en: 'Competitor', hy: 'Մրցակից', ru: 'Конкурент' },
  channels: { en: 'Channel', hy: 'Ալիք', ru: 'Канал' },
  content_pillars: { en: 'Content pillar', hy: 'Բովանդակային սյուն', ru: 'Контентная рубрика' },
  team: { en: 'Team member', hy: 'Թիմի անդամ', ru: 'Участник команды' },
};

const TEXT = {
  definedAt: { en: 'Defined on line {line}.', hy: 'Սահմանված է՝ տող {line}։', ru: 'Определён в строке {line}.' },
  notDefined: {
    en: "No item with the id '{id}' is defined in this file.",
    hy: "Այս ֆայլում '{id}' id-ով տարր սահմանված չէ։",
    ru: "В этом файле нет элемента с id '{id}'.",
  },
  referenced: { en: 'References to it in this file: {count}.', hy: 'Հղումներ այս ֆայլում՝ {count}։', ru: 'Ссылок на него в этом файле: {count}.' },
  why: { en: '*Why:*', hy: '*Ինչու՝*', ru: '*Почему:*' },
  docs: { en: 'Rule documentation', hy: 'Կանոնի նկարագրությունը', ru: 'Документация правила' },
  syntax: {
    en: 'The file must be valid YAML before its content can be checked.',
    hy: 'Ֆայլը պետք է լինի ճիշտ YAML, որպեսզի հնարավոր լինի ստուգել դրա բովանդակությունը։',
    ru: 'Файл должен быть корректным YAML, чтобы можно было проверить его содержимое.',
  },
  schema: {
    en: 'The shape of the file is checked against the strategy schema: known keys, value types and allowed values.',
    hy: 'Ֆայլի կառուցվածքը ստուգվում է ռազմավարության սխեմայով՝ հայտնի բանալիներ, արժեքների տիպեր և թույլատրելի արժեքներ։',
    ru: 'Структура файла проверяется по схеме стратегии: известные ключи, типы и допустимые значения.',
  },
} satisfies Record<string, Localized>;
