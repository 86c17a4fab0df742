// Benchmark of the per-keystroke path: a full lint, a re-lint after a one-character edit with
// the item cache warm, and rendering the plan from a lint result. Run: npm run bench [-- <lines>...]. Prints medians; not a test, no thresholds.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Linter, lintStrategy } from '../src/core/lint';
import { parseYaml } from '../src/core/syntax/parse';
import { PlanRenderer, renderPlan } from '../src/core/render';

const example = readFileSync(join(__dirname, '../examples/nush-coffee.en.smm.yaml'), 'utf8');

/** The example, with its list items repeated under fresh ids until the file has `lines` lines. */
function strategyOfLines(lines: number): string {
  const sections = ['goals', 'audiences', 'channels', 'content_pillars', 'competitors'];
  let text = example;
  for (let copy = 1; text.split('\n').length < lines; copy++) {
    for (const section of sections) {
      const match = new RegExp(`^${section}:\\n((?:  .*\\n|\\n)+)`, 'm').exec(text);
      if (!match) continue;
      const items = match[1]!.replace(/id: ([a-z0-9-]+)/g, `id: $1-c${copy}`);
      text = text.replace(match[0], match[0] + items);
    }
  }
  return text;
}

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(runs: number, body: (i: number) => void): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    body(i);
    times.push(performance.now() - started);
  }
  return median(times);
}

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
console.log('lines   chars     parse ms  full lint ms  re-lint after edit ms  render ms  re-render after edit ms  problems');
for (const lines of sizes.length ? sizes : [100, 1000, 5000, 20000]) {
  const text = strategyOfLines(lines);
  const runs = lines > 5000 ? 5 : 30;
  for (let i = 0; i < 3; i++) lintStrategy(text); // warm the JIT
  const parse = time(runs, () => parseYaml(text));
  const full = time(runs, () => lintStrategy(text));
  const linter = new Linter();
  linter.lint(text);
  // Edit a character inside one goal's title, as typing does.
  const at = text.indexOf('title:') + 8;
  const edit = time(runs, (i) => linter.lint(text.slice(0, at) + String.fromCharCode(97 + (i % 26)) + text.slice(at)));
  const result = lintStrategy(text);
  for (let i = 0; i < 3; i++) renderPlan(result);
  const render = time(runs, () => renderPlan(result));
  // The preview's path: the same edit, linted and rendered with both caches warm.
  const renderer = new PlanRenderer();
  renderer.render(linter.lint(text));
  const edits = Array.from({ length: runs }, (_, i) => linter.lint(text.slice(0, at) + String.fromCharCode(97 + (i % 26)) + text.slice(at)));
  const rerender = time(runs, (i) => renderer.render(edits[i]!));
  console.log(`${String(text.split('\n').length).padEnd(8)}${String(text.length).padEnd(10)}${parse.toFixed(2).padEnd(10)}${full.toFixed(2).padEnd(14)}${edit.toFixed(2).padEnd(23)}${render.toFixed(2).padEnd(11)}${rerender.toFixed(2).padEnd(25)}${result.problems.length}`);
}
