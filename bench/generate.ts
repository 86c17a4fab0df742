// Strategies of a given size, built from a real example, with known defects at known lines.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The list sections whose items are copied to grow a strategy. */
const GROWN_SECTIONS = ['goals', 'audiences', 'competitors', 'channels', 'content_pillars'] as const;

/** Keys whose values name ids of the grown sections (their copies must name the copies). */
const REFERENCE_KEYS = ['goals', 'audiences', 'channels', 'channel', 'pillar'];

export type DefectKind = 'unknown-key' | 'wrong-enum' | 'missing-required' | 'duplicate-id' | 'unresolved-reference';

/** A defect injected into a generated strategy: where it is and what a report of it looks like. */
export interface Defect {
  readonly kind: DefectKind;
  /** 0-based lines an engine's report of the defect may start on (an item's lines, or one line). */
  readonly fromLine: number;
  readonly toLine: number;
  /** Matches the rule id or the message of a report of this defect, whichever engine made it. */
  readonly pattern: RegExp;
  /** Whether a JSON Schema can express it: if not, only engines with rules beyond the schema find it. */
  readonly inSchema: boolean;
}

export interface Strategy {
  readonly text: string;
  readonly lines: number;
  /** The copy of the example's items that sits in the middle of the file; edits happen there. */
  readonly middleCopy: number;
  readonly defects: readonly Defect[];
}

const BASE = readFileSync(join(__dirname, '../examples/nush-coffee.en.smm.yaml'), 'utf8');

/**
 * The English example with the items of its list sections copied under fresh ids (references
 * inside a copy name the same copy, so every copy is as clean as the example) until the file has
 * about `lines` lines, then one of each defect injected into the middle copy.
 */
export function generateStrategy(lines: number): Strategy {
  const sections = GROWN_SECTIONS.map((key) => sectionItems(BASE, key));
  const copyLines = sections.reduce((n, s) => n + s.items.split('\n').length - 1, 0);
  const copies = Math.max(1, Math.round((lines - lineCount(BASE)) / copyLines));
  const middleCopy = Math.ceil(copies / 2);
  const ids = new Set(sections.flatMap((s) => [...s.items.matchAll(/id: ([a-z0-9-]+)/g)].map((m) => m[1]!)));

  let text = BASE;
  for (const section of sections) {
    const copied: string[] = [];
    for (let copy = 1; copy <= copies; copy++) {
      let items = renameIds(section.items, ids, copy).replace(/^ *primary: true\n/gm, '');
      if (copy === middleCopy) items = injectDefects(section.key, items, copy);
      copied.push(items);
    }
    text = text.replace(section.block, section.block + copied.join(''));
  }
  return { text, lines: lineCount(text), middleCopy, defects: locateDefects(text, middleCopy) };
}

/** Gives each repeated flow list or map value an anchor at its first use and an alias at the others. */
export function withAliases(text: string): { text: string; aliases: number } {
  const FLOW_VALUE = /^( +[a-z_]+: )([[{].*[\]}])$/gm;
  const uses = new Map<string, number>();
  for (const m of text.matchAll(FLOW_VALUE)) uses.set(m[2]!, (uses.get(m[2]!) ?? 0) + 1);
  const anchors = new Map<string, string>();
  let aliases = 0;
  const out = text.replace(FLOW_VALUE, (line, key: string, value: string) => {
    if (uses.get(value)! < 2) return line;
    const anchor = anchors.get(value);
    if (anchor) {
      aliases++;
      return `${key}*${anchor}`;
    }
    anchors.set(value, `v${anchors.size + 1}`);
    return `${key}&v${anchors.size} ${value}`;
  });
  return { text: out, aliases };
}

function lineCount(text: string): number {
  return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}

function sectionItems(text: string, key: string): { key: string; block: string; items: string } {
  const match = new RegExp(`^${key}:\\n((?:  .*\\n)+)`, 'm').exec(text);
  if (!match) throw new Error(`the example has no ${key} section`);
  return { key, block: match[0], items: match[1]! };
}

function renameIds(items: string, ids: ReadonlySet<string>, copy: number): string {
  const rename = (id: string) => (ids.has(id) ? `${id}-c${copy}` : id);
  return items
    .replace(/(\bid: )([a-z0-9-]+)/g, (_m, key: string, id: string) => key + rename(id))
    .replace(new RegExp(`(\\b(?:${REFERENCE_KEYS.join('|')}): )(\\[[^\\]]*\\]|[a-z0-9-]+)`, 'g'), (_m, key: string, value: string) =>
      key + value.replace(/[a-z0-9-]+/g, rename));
}

/** Each defect follows a marker comment line, so `locateDefects` finds it again after the text grew. */
function injectDefects(section: string, items: string, copy: number): string {
  const before = (line: string, kind: DefectKind, replacement = line) => {
    const at = items.indexOf(line);
    if (at < 0) throw new Error(`cannot inject ${kind}: "${line.trim()}" not found in ${section}`);
    const indent = /^ */.exec(line)![0];
    items = `${items.slice(0, at)}${indent}# defect:${kind}\n${replacement}${items.slice(at + line.length)}`;
  };
  switch (section) {
    case 'channels':
      before(`    network: instagram\n`, 'unknown-key', `    folowers: 1200\n    network: instagram\n`);
      before('    network: telegram\n', 'wrong-enum', '    network: telegramm\n');
      before(`    audiences: [young-professionals-c${copy}]\n`, 'unresolved-reference', `    audiences: [young-profesionals-c${copy}]\n`);
      break;
    case 'audiences':
      before(`  - id: young-professionals-c${copy}\n    name: Young professionals working in the centre\n`, 'missing-required', `  - id: young-professionals-c${copy}\n`);
      break;
    case 'content_pillars':
      before(`  - { id: people-c${copy},`, 'duplicate-id', `  - { id: study-spot-c${copy},`);
      break;
  }
  return items;
}

/** How each kind of defect is recognised, and whether a schema-only checker can find it at all. */
export const DEFECTS: Readonly<Record<DefectKind, { pattern: RegExp; inSchema: boolean; wholeItem: boolean }>> = {
  'unknown-key': { pattern: /additionalProperties|not allowed|unknown key/i, inSchema: true, wholeItem: false },
  'wrong-enum': { pattern: /enum|not accepted|not one of/i, inSchema: true, wholeItem: false },
  // A missing key is reported at the item that lacks it: its first line, or its dash.
  'missing-required': { pattern: /required|missing/i, inSchema: true, wholeItem: true },
  'duplicate-id': { pattern: /duplicate/i, inSchema: false, wholeItem: false },
  'unresolved-reference': { pattern: /unresolved|not defined|no such/i, inSchema: false, wholeItem: false },
};

function locateDefects(text: string, copy: number): Defect[] {
  const lines = text.split('\n');
  const defects: Defect[] = [];
  lines.forEach((line, index) => {
    const kind = /^ *# defect:([a-z-]+)$/.exec(line)?.[1] as DefectKind | undefined;
    if (!kind) return;
    const { pattern, inSchema, wholeItem } = DEFECTS[kind];
    const fromLine = index + 1;
    let toLine = fromLine;
    if (wholeItem) while (toLine + 1 < lines.length && lines[toLine + 1]!.startsWith('    ')) toLine++;
    defects.push({ kind, fromLine, toLine, pattern, inSchema });
  });
  if (defects.length !== Object.keys(DEFECTS).length) throw new Error(`copy ${copy}: found ${defects.length} of ${Object.keys(DEFECTS).length} defects`);
  return defects;
}
