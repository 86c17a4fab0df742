/**
 * The top-level sections of a strategy file, in the order the seed's logic reads them
 * (why → for whom → value → where → what → care → money and control).
 */
export const SECTION_KEYS = [
  'version', 'locale', 'phase', 'brand', 'period',
  'goals', 'audiences', 'value', 'competitors', 'research', 'channels',
  'content_pillars', 'calendar', 'voice', 'community', 'budget', 'reporting', 'team',
] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

export function isSectionKey(key: string): key is SectionKey {
  return (SECTION_KEYS as readonly string[]).includes(key);
}

/** Sections that are lists of items with a unique kebab-case `id`. */
export const ID_SECTIONS = ['goals', 'audiences', 'competitors', 'channels', 'content_pillars', 'team'] as const;
export type IdSection = (typeof ID_SECTIONS)[number];

export function isIdSection(key: string): key is IdSection {
  return (ID_SECTIONS as readonly string[]).includes(key);
}

/** The id pattern of DOMAIN.md §4.1: kebab-case, starting with a letter. */
export const ID_PATTERN = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** `x` was called `twitter`; both are accepted and mean the same network. */
export function canonicalNetwork(network: string): string {
  return network === 'twitter' ? 'x' : network;
}
