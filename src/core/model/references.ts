import { ID_SECTIONS, type IdSection } from './sections';

/**
 * Every place where a strategy refers to an item of another section by id (DOMAIN.md §4.5).
 * One table drives the `unresolved-reference` rule, id completion, go to definition, find
 * references and rename, so they cannot disagree. `*` matches any list index.
 */
export interface ReferenceSite {
  readonly path: readonly string[];
  readonly target: IdSection;
}

export const REFERENCE_SITES: readonly ReferenceSite[] = [
  { path: ['goals', '*', 'audiences', '*'], target: 'audiences' },
  { path: ['goals', '*', 'kpis', '*', 'channel'], target: 'channels' },
  { path: ['channels', '*', 'audiences', '*'], target: 'audiences' },
  { path: ['channels', '*', 'goals', '*'], target: 'goals' },
  { path: ['channels', '*', 'owner'], target: 'team' },
  { path: ['content_pillars', '*', 'goals', '*'], target: 'goals' },
  { path: ['content_pillars', '*', 'audiences', '*'], target: 'audiences' },
  { path: ['content_pillars', '*', 'channels', '*'], target: 'channels' },
  { path: ['calendar', 'key_dates', '*', 'pillar'], target: 'content_pillars' },
  { path: ['calendar', 'entries', '*', 'channel'], target: 'channels' },
  { path: ['calendar', 'entries', '*', 'pillar'], target: 'content_pillars' },
  { path: ['calendar', 'entries', '*', 'owner'], target: 'team' },
  { path: ['budget', 'items', '*', 'channel'], target: 'channels' },
  { path: ['community', 'escalation', '*', 'owner'], target: 'team' },
  { path: ['community', 'crisis', 'contact'], target: 'team' },
  { path: ['reporting', 'owner'], target: 'team' },
];

/** The section a value at `path` must name an id of, or undefined when `path` is no reference. */
export function referenceTargetAt(path: readonly (string | number)[]): IdSection | undefined {
  return REFERENCE_SITES.find((site) => matches(site.path, path))?.target;
}

function matches(pattern: readonly string[], path: readonly (string | number)[]): boolean {
  return pattern.length === path.length && pattern.every((seg, i) => seg === '*' ? typeof path[i] === 'number' : seg === path[i]);
}

/**
 * The fields of each list section's items that hold an id or a reference: what a rule about the
 * id graph reads of an item (see `DocumentRule.reads`).
 */
export const ID_GRAPH_FIELDS: { readonly [section: string]: readonly string[] } = Object.fromEntries(
  ID_SECTIONS.map((section) => [section, ['id', ...REFERENCE_SITES.filter((s) => s.path[0] === section && s.path[1] === '*').map((s) => s.path.slice(2).join('.'))]]),
);
