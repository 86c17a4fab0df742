import type { StrategyDocument } from '../model/document';
import { isFilledNode } from '../model/read';
import type { SectionKey } from '../model/sections';
import type { Pair } from '../syntax/ast';
import type { ReportFn } from './rule';

/**
 * The shared half of the "no <section>" rules: reports `messageId` when the section is missing or
 * blank (`goals:`, `goals: []`), on its key if written (else the engine uses the file's first key),
 * with the section as quick-fix data so a skeleton can be inserted. Returns the section when it
 * has content, for rules that look further inside.
 */
export function requireSection<M extends string>(doc: StrategyDocument, key: SectionKey, report: ReportFn<M>, messageId: M): Pair | undefined {
  const section = doc.sectionPair(key);
  if (section && isFilledNode(section.value)) return section;
  report({ messageId, node: section?.key, data: { section: key } });
  return undefined;
}
