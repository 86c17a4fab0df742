// The floor: the least any schema-checking linter must do. `yaml` parseDocument, the same ajv
// validators the product ships (src/core/schema/generated/, compiled ahead of time from our
// schema; `validateStrategyData` runs them on plain data as the linter runs them on its tree), and
// each error mapped to a range. No rules, no recovery from broken YAML beyond the parser's own,
// no incremental reuse: every edit is a full run.
import type { ErrorObject } from 'ajv';
import { isMap, isScalar, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { validateStrategyData } from '../../src/core/schema/validate';
import { applyChange, type CreateEngine, type Diagnostic, type Session } from './engine';

export const createEngine: CreateEngine = async () => ({
  name: 'floor',
  open(text): Session {
    let current = text;
    return {
      edit(change) {
        current = applyChange(current, change);
      },
      async diagnostics() {
        const found = check(current);
        return { count: found.length, list: () => found };
      },
    };
  },
});

function check(text: string): Diagnostic[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const at = (offset: number) => lineCounter.linePos(offset).line - 1;
  const found: Diagnostic[] = [...doc.errors, ...doc.warnings].map((e) => ({ line: at(e.pos[0]), code: e.code, message: e.message }));
  // toJS of a document with errors throws or guesses; the schema check waits for readable YAML.
  if (doc.errors.length > 0) return found;
  for (const error of validateStrategyData(doc.toJS())) {
    found.push({ line: at(locate(doc, error)), code: `schema/${error.keyword}`, message: error.message ?? error.keyword });
  }
  return found;
}

/** Where an error belongs: an unknown key at the key, a missing one at its map, the rest at the value. */
function locate(doc: Document, error: ErrorObject): number {
  const path = error.instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  const node = (path.length === 0 ? doc.contents : doc.getIn(path, true)) as Node | null;
  if (error.keyword === 'additionalProperties' && isMap(node)) {
    const name = (error.params as { additionalProperty: string }).additionalProperty;
    const pair = node.items.find((p) => isScalar(p.key) && p.key.value === name);
    if (isScalar(pair?.key) && pair.key.range) return pair.key.range[0];
  }
  return node?.range?.[0] ?? 0;
}
