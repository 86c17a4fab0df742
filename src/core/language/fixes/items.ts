import type { StrategyDocument } from '../../model/document';
import { locateAt, type MapNode } from '../../syntax/ast';

/** The item of a list section (of `section`, when given) that contains `offset`. */
export function listItemAt(doc: StrategyDocument, offset: number, section?: string): MapNode | undefined {
  const located = locateAt(doc.parsed.root, offset);
  const item = located && (located.path.length === 2 ? located.node : located.ancestors[2]);
  const inSection = section === undefined ? typeof located?.path[1] === 'number' : located?.path[0] === section;
  return inSection && item?.kind === 'map' ? item : undefined;
}
