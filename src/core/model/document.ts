import { LineIndex } from '../text/lineIndex';
import { child, pairOf, type MapNode, type Node, type Pair, type ScalarNode } from '../syntax/ast';
import { parseYaml, type ParsedYaml } from '../syntax/parse';
import { placeTree } from '../syntax/placed';
import { isLocale, type Locale } from '../i18n/locale';
import { REFERENCE_SITES, type ReferenceSite } from './references';
import { ID_SECTIONS, type IdSection, type SectionKey } from './sections';
import { maps, text } from './read';

/** A place where one item names another by id. */
export interface Reference {
  readonly node: ScalarNode;
  readonly id: string;
  readonly target: IdSection;
}

/**
 * A parsed strategy file: its text, line index, YAML tree and the id graph of DOMAIN.md §4.5.
 * Everything derived (ids, references) is computed once, on first use.
 */
export class StrategyDocument {
  readonly lines: LineIndex;
  readonly parsed: ParsedYaml;
  #definitions: Map<IdSection, Map<string, ScalarNode[]>> | undefined;
  /** The list item each defining `id:` value belongs to (built with `#definitions`). */
  readonly #definingItems = new Map<ScalarNode, MapNode>();
  #references: Reference[] | undefined;

  constructor(readonly text: string, parsed: ParsedYaml = parseYaml(text), lines: LineIndex = new LineIndex(text)) {
    this.lines = lines;
    this.parsed = parsed;
  }

  /** The root mapping, or undefined when the file is empty, a list or a scalar. */
  get root(): MapNode | undefined {
    return this.parsed.root?.kind === 'map' ? this.parsed.root : undefined;
  }

  /** The `locale:` the file declares, if it is one we support. */
  get declaredLocale(): Locale | undefined {
    const value = text(this.root, 'locale');
    return isLocale(value) ? value : undefined;
  }

  section(key: SectionKey): Node | undefined {
    return child(this.root, key);
  }

  sectionPair(key: SectionKey): Pair | undefined {
    return this.root ? pairOf(this.root, key) : undefined;
  }

  /** The mapping items of a list section. */
  items(key: SectionKey): MapNode[] {
    return maps(this.root, key);
  }

  /** Every defined id of a section, with each node that defines it (more than one is a duplicate). */
  definitions(section: IdSection): Map<string, ScalarNode[]> {
    if (!this.#definitions) {
      this.#definitions = new Map();
      for (const key of ID_SECTIONS) {
        const ids = new Map<string, ScalarNode[]>();
        for (const item of this.items(key)) {
          const idNode = child(item, 'id');
          if (idNode?.kind !== 'scalar' || typeof idNode.value !== 'string' || idNode.value === '') continue;
          this.#definingItems.set(idNode, item);
          const list = ids.get(idNode.value);
          if (list) list.push(idNode);
          else ids.set(idNode.value, [idNode]);
        }
        this.#definitions.set(key, ids);
      }
    }
    return this.#definitions.get(section) ?? new Map();
  }

  /** The list item whose `id:` value is `idNode`, when `idNode` is one of `definitions()`. */
  definingItem(idNode: ScalarNode): MapNode | undefined {
    if (!this.#definitions) this.definitions('goals');
    return this.#definingItems.get(idNode);
  }

  /** Every id reference in the file, in source order. */
  references(): readonly Reference[] {
    if (!this.#references) {
      const found: Reference[] = [];
      const add = (node: Node, target: IdSection) => {
        if (node.kind === 'scalar' && typeof node.value === 'string' && node.value !== '') found.push({ node, id: node.value, target });
      };
      const origins = this.parsed.origins;
      for (const site of REFERENCE_SITES) {
        const [section, index, ...inside] = site.path;
        if (index !== '*' || !origins) {
          collect(this.root, site.path, 0, (node) => add(node, site.target));
          continue;
        }
        for (const item of this.items(section as SectionKey)) {
          const origin = origins.get(item);
          if (!origin) {
            collect(item, inside, 0, (node) => add(node, site.target));
            continue;
          }
          // An item whose text did not change has the same references, only moved.
          for (const node of referencesInItem(origin, site, inside)) add(placeTree(node, item.start - origin.start), site.target);
        }
      }
      this.#references = found.sort((a, b) => a.node.start - b.node.start);
    }
    return this.#references;
  }

  /**
   * Where to report that something is missing from the whole file (no goals, no audience, no
   * brand): an empty span at the end of the file. Underlining the first key made eight such
   * problems read as faults of `version:`; at the end, VS Code draws a one-character mark after
   * the last line, blaming no text, and the end is where a missing section can be added.
   */
  fileAnchor(): { start: number; end: number } {
    return { start: this.text.length, end: this.text.length };
  }

  /** Whether a problem is about the whole file (it sits at `fileAnchor`), not about a line. */
  isFileLevel(span: { readonly start: number; readonly end: number }): boolean {
    return span.start === this.text.length && span.end === span.start;
  }
}

/** What a reference site finds inside one list item's own tree, computed once per tree. */
const itemReferences = new WeakMap<Node, Map<ReferenceSite, readonly Node[]>>();

function referencesInItem(origin: Node, site: ReferenceSite, inside: readonly string[]): readonly Node[] {
  let bySite = itemReferences.get(origin);
  if (!bySite) itemReferences.set(origin, (bySite = new Map()));
  let nodes = bySite.get(site);
  if (!nodes) {
    const found: Node[] = [];
    collect(origin, inside, 0, (node) => found.push(node));
    bySite.set(site, (nodes = found));
  }
  return nodes;
}

function collect(node: Node | undefined, path: readonly string[], i: number, visit: (node: Node) => void): void {
  if (!node) return;
  if (i === path.length) return visit(node);
  const segment = path[i];
  if (segment === '*') {
    if (node.kind === 'seq') for (const item of node.items) collect(item, path, i + 1, visit);
    // A lone scalar where a list of ids is expected (`audiences: students`) still names an id.
    else if (node.kind === 'scalar' && i === path.length - 1) visit(node);
    return;
  }
  if (segment !== undefined) collect(child(node, segment), path, i + 1, visit);
}
