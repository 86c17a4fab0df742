import type { Locale } from '../../i18n/locale';
import type { StrategyDocument } from '../../model/document';
import { bool, filled, strings, text } from '../../model/read';
import { canonicalNetwork, type IdSection } from '../../model/sections';
import { METRICS_BY_GOAL_TYPE } from '../../rules/kpi-metric-mismatch';
import { enumAt } from '../../schema/navigate';
import { child, type MapNode } from '../../syntax/ast';
import { humanize } from '../skeletons';
import { escapeSnippet } from '../snippetYaml';
import { PLACEHOLDERS } from './placeholders';

/**
 * What a quick fix writes for a new item of an id section (a goal a channel names but nobody
 * wrote, say): every answer the rules ask of such an item, each a tab stop to fill in, in the
 * file's language, so that creating the item does not raise new problems of its own. Defaults
 * come from the file where it knows them (the network of the channel that names a new audience,
 * the brand's country); choices list the file's own ids and values first.
 * Bodies are JSON whose strings are snippet text, for `renderYaml`.
 */
export function newItemBody(doc: StrategyDocument, section: IdSection, id: string, locale: Locale, referrer?: MapNode): Record<string, unknown> | undefined {
  const stops = new TabStops();
  const named = (fallback: string) => stops.text(locale === 'en' ? humanize(id) : fallback);
  const tokens = id.toLowerCase().split(/[-_\s]+/);
  switch (section) {
    case 'goals': {
      const type = stops.choice(preferring(enumValues(['goals', 0, 'type']), tokens));
      const firstType = type.options[0]!;
      return {
        id: escapeSnippet(id),
        type: type.text,
        title: named(PLACEHOLDERS.goalTitle[locale]),
        why: stops.text(PLACEHOLDERS.goalWhy[locale]),
        kpis: [{ metric: stops.choice(METRICS_BY_GOAL_TYPE[firstType] ?? ['reach']).text, target: stops.text('1000'), per: 'month' }],
        // Without a period end, a goal needs its own deadline to be time-bound.
        ...(filled(doc.section('period'), 'end') ? {} : { deadline: stops.text(inThreeMonths()) }),
      };
    }
    case 'audiences':
      return {
        id: escapeSnippet(id),
        name: named(PLACEHOLDERS.audienceName[locale]),
        ...Object.fromEntries(AUDIENCE_ANSWERS.map((key) => [key, audienceValue(doc, key, locale, stops, referrer)])),
      };
    case 'channels': {
      const network = stops.choice(preferring(enumValues(['channels', 0, 'network']), [...tokens, ...audiencePlatforms(doc)]));
      const audiences = idsPreferring(doc, 'audiences', (a) => strings(a, 'platforms').map(canonicalNetwork).includes(network.options[0]!));
      const goals = idsPreferring(doc, 'goals', (g) => bool(g, 'primary') === true);
      return {
        id: escapeSnippet(id),
        network: network.text,
        ...(audiences.length > 0 ? { audiences: [stops.choice(audiences).text] } : {}),
        ...(goals.length > 0 ? { goals: [stops.choice(goals).text] } : {}),
        frequency: { count: stops.text('3'), per: 'week' },
      };
    }
    case 'content_pillars': {
      const goals = idsPreferring(doc, 'goals', (g) => bool(g, 'primary') === true);
      return {
        id: escapeSnippet(id),
        name: named(PLACEHOLDERS.pillarName[locale]),
        ...(goals.length > 0 ? { goals: [stops.choice(goals).text] } : {}),
      };
    }
    case 'team':
      return { id: escapeSnippet(id), name: named(PLACEHOLDERS.memberName[locale]) };
    case 'competitors':
      return undefined;
  }
}

/** What a new audience answers: the article's four dimensions, where it is, and how we know. */
const AUDIENCE_ANSWERS = ['demographics', 'geography', 'psychographics', 'needs', 'platforms', 'evidence'] as const;

/**
 * The value a quick fix writes for a key of an audience (or of its demographics): `any` where
 * that is the honest answer, else a placeholder to fill in. `referrer` is the item that names a
 * new audience (a channel: the audience surely uses its network).
 */
export function audienceValue(doc: StrategyDocument, key: string, locale: Locale, stops: TabStops, referrer?: MapNode): unknown {
  switch (key) {
    case 'demographics':
      return Object.fromEntries(['gender', 'age', 'marital_status', 'occupation'].map((k) => [k, audienceValue(doc, k, locale, stops)]));
    case 'age':
      // The range is the user's to set; these bounds only make the placeholder read as one.
      return { min: stops.text('18'), max: stops.text('65') };
    case 'geography':
      return geography(doc, stops);
    case 'psychographics':
      return { lifestyle: [stops.text(PLACEHOLDERS.lifestyle[locale])] };
    case 'needs':
      return [stops.text(PLACEHOLDERS.needs[locale])];
    case 'platforms':
      return [platformOf(referrer) ?? stops.choice(preferring(enumValues(['audiences', 0, 'platforms', 0]), channelNetworks(doc))).text];
    case 'evidence':
      return [stops.choice(enumValues(['audiences', 0, 'evidence', 0])).text];
    default:
      return ['any'];
  }
}

/** Numbered tab stops, in the order they are asked for. */
export class TabStops {
  #next = 1;

  text(value: string): string {
    return `\${${this.#next++}:${escapeSnippet(value)}}`;
  }

  /** A choice; the first option is what the text reads until the user picks. A lone option is just written. */
  choice(options: readonly string[]): { text: string; options: readonly string[] } {
    if (options.length === 1) return { text: escapeSnippet(options[0]!), options };
    const escaped = options.map((o) => o.replace(/[\\,|$}]/g, (c) => `\\${c}`));
    return { text: `\${${this.#next++}|${escaped.join(',')}|}`, options };
  }
}

function enumValues(path: readonly (string | number)[]): string[] {
  return enumAt(path).map((e) => e.value);
}

/** `values` with those in `preferred` first, in the order of `preferred`. */
function preferring(values: readonly string[], preferred: readonly string[]): string[] {
  const first = [...new Set(preferred.filter((v) => values.includes(v)))];
  return [...first, ...values.filter((v) => !first.includes(v))];
}

/** The section's ids, those `preferred` says first. */
function idsPreferring(doc: StrategyDocument, section: IdSection, preferred: (item: MapNode) => boolean): string[] {
  const items = doc.items(section);
  const ids = (list: MapNode[]) => list.flatMap((item) => text(item, 'id') ?? []);
  return [...new Set([...ids(items.filter(preferred)), ...ids(items.filter((i) => !preferred(i)))])];
}

function channelNetworks(doc: StrategyDocument): string[] {
  return doc.items('channels').flatMap((c) => text(c, 'network') ?? []).map(canonicalNetwork);
}

function audiencePlatforms(doc: StrategyDocument): string[] {
  return doc.items('audiences').flatMap((a) => strings(a, 'platforms')).map(canonicalNetwork);
}

/** The network of the channel that names the new audience: the one platform it surely uses. */
function platformOf(referrer: MapNode | undefined): string | undefined {
  const network = text(referrer, 'network');
  return network === undefined ? undefined : escapeSnippet(network);
}

/** Where the brand is, as the likeliest place of a new audience. */
function geography(doc: StrategyDocument, stops: TabStops): Record<string, unknown> {
  const location = child(doc.section('brand'), 'location');
  const country = text(location, 'country') ?? doc.items('audiences').flatMap((a) => strings(child(a, 'geography'), 'countries'))[0] ?? 'AM';
  const city = text(location, 'city');
  return { countries: [stops.text(country)], ...(city ? { cities: [stops.text(city)] } : {}) };
}

/** A deadline a quarter away, written as the schema's dates are. */
function inThreeMonths(): string {
  const date = new Date();
  date.setUTCMonth(date.getUTCMonth() + 3);
  return date.toISOString().slice(0, 10);
}
