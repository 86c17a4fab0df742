// What the benchmark prints: Markdown tables (they paste into the README and issues as they are).
import type { HostileCase } from './hostile';
import type { EngineName } from './engines/engine';
import { DEFECTS, type DefectKind } from './generate';
import type { Stats } from './measure';
import type { Results, SizeResult } from './results';
import { times, type Verdict } from './targets';

const ENGINES: readonly EngineName[] = ['ours', 'peer', 'floor'];

const MEASURE_TITLES: Readonly<Record<string, string>> = {
  firstLint: 'First lint: open a file → all diagnostics',
  typing: 'Typing: one character → all diagnostics (each edit on the previous one\'s result)',
  newLine: 'Enter at the end of a line (break + indentation) → all diagnostics',
  newItem: 'A new list item (a whole KPI line, as pasted) → all diagnostics',
  syntaxBreak: 'Breaking the YAML (a key indented one space too far) → all diagnostics',
  syntaxFix: 'Fixing it again (the space deleted) → all diagnostics',
  completionKey: 'Completion at a key, right after typing a letter or deleting it',
  completionValue: 'Completion at a value, right after typing a letter or deleting it',
  render: 'Preview: the plan re-rendered after typing a character, in a process of its own (its lint is timed as typing)',
};

export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(headers), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

export function ms(value: number | null | undefined): string {
  if (value == null) return 'n/a';
  return value < 1 ? value.toFixed(2) : value < 10 ? value.toFixed(1) : value.toFixed(0);
}

const lines = (s: SizeResult) => s.lines.toLocaleString('en');
const ratio = (a: number | null | undefined, b: number | null | undefined) => (a != null && b != null && b > 0 ? times(a / b) : '–');
const spread = (s: Stats | undefined) => (s ? `${ms(s.median)} [${ms(s.p10)}–${ms(s.p90)}]` : '–');

/** The issue's side-by-side table: one row per size, medians. */
export function sideBySide(results: Pick<Results, 'sizes'>): string {
  return table(
    ['lines', 'first lint ms: ours / peer / floor (ours÷floor)', 'edit → diagnostics ms: ours / peer / floor (peer÷ours)', 'completion after an edit ms: ours / peer (peer÷ours)', 'render ms', 'peak RSS MiB: ours / peer / floor', 'cold start ms: ours / peer / floor'],
    results.sizes.map((s) => [
      lines(s),
      `${ms(s.ours.firstLintMs)} / ${ms(s.peer.firstLintMs)} / ${ms(s.floor.firstLintMs)} (${ratio(s.ours.firstLintMs, s.floor.firstLintMs)})`,
      `${ms(s.ours.editLintMs)} / ${ms(s.peer.editLintMs)} / ${ms(s.floor.editLintMs)} (${ratio(s.peer.editLintMs, s.ours.editLintMs)})`,
      `${ms(s.ours.completionMs)} / ${ms(s.peer.completionMs)} (${ratio(s.peer.completionMs, s.ours.completionMs)})`,
      ms(s.ours.renderMs),
      `${ms(s.ours.peakRssMiB)} / ${ms(s.peer.peakRssMiB)} / ${ms(s.floor.peakRssMiB)}`,
      `${ms(s.ours.coldStartMs)} / ${ms(s.peer.coldStartMs)} / ${ms(s.floor.coldStartMs)}`,
    ]),
  );
}

/** Every measure with medians and p10–p90, one table per measure. */
export function measureTables(results: Pick<Results, 'sizes'>): string {
  const measures = Object.keys(MEASURE_TITLES).filter((m) => results.sizes.some((s) => s.measures[m]));
  return measures.map((m) => {
    const rows = results.sizes.map((s) => {
      const e = s.measures[m] ?? {};
      return [lines(s), ...ENGINES.map((engine) => spread(e[engine])), ratio(e.peer?.median, e.ours?.median), ratio(e.floor?.median, e.ours?.median)];
    });
    return `${MEASURE_TITLES[m]}, ms: median [p10–p90]\n${table(['lines', 'ours', 'peer', 'floor', 'peer÷ours', 'floor÷ours'], rows)}`;
  }).join('\n\n') + '\n(The floor runs in the first lint and typing only: it re-does everything on every edit, whatever the edit; it has no completion.)';
}

/** Which injected defect each engine reported; warnings for each one an engine should have found. */
export function defectTable(results: Pick<Results, 'sizes'>): { table: string; warnings: string[] } {
  const kinds = Object.keys(DEFECTS) as DefectKind[];
  const warnings: string[] = [];
  const rows = results.sizes.flatMap((s) => ENGINES.map((engine) => {
    const { found, diagnostics } = s.defects[engine];
    const cells = kinds.map((kind) => {
      if (found[kind]) return 'found';
      // The peer and the floor check the schema only: a duplicate id is valid JSON Schema-wise.
      if (engine !== 'ours' && !DEFECTS[kind].inSchema) return '– (no rule)';
      warnings.push(`WARNING: ${engine} did not report the ${kind} defect at ${lines(s)} lines`);
      return 'MISSING';
    });
    return [lines(s), engine, ...cells, String(diagnostics)];
  }));
  return { table: table(['lines', 'engine', ...kinds, 'diagnostics in all'], rows), warnings };
}

export function aliasTable(results: Pick<Results, 'aliases'>): string | undefined {
  const a = results.aliases;
  if (!a) return undefined;
  const rows = Object.entries(a.measures).map(([m, { plain, aliased }]) => [MEASURE_TITLES[m] ?? m, spread(plain), spread(aliased), ratio(aliased?.median, plain?.median)]);
  return `Aliases: ours on a ${a.lines.toLocaleString('en')}-line strategy, written out and with ${a.aliases} aliases, ms: median [p10–p90]\n`
    + table(['measure', 'without aliases', 'with aliases', 'with ÷ without'], rows);
}

/** How long hostile and absurd input takes to lint: each must end quickly, with problems. */
export function hostileTable(cases: readonly HostileCase[]): string {
  const rows = cases.map((c) => [c.name, `${(c.chars / 1000).toLocaleString('en', { maximumFractionDigits: 0 })} K`, c.problems.toLocaleString('en'), spread(c.ms)]);
  return 'Hostile input: ours, a fresh linter per sample, ms: median [p10–p90]\n' + table(['input', 'characters', 'problems', 'lint'], rows);
}

/** The targets, each met or missed by how much, with the lead's note on why for each miss. */
export function targetTable(verdicts: readonly Verdict[], why: Readonly<Record<string, string>>): string {
  const rows = verdicts.map((v) => [v.status === 'met' ? 'met' : v.status === 'missed' ? 'MISSED' : 'not measured', v.label, v.detail]);
  const notes = verdicts.filter((v) => v.status === 'missed').map((v) => `- ${v.id}: ${why[v.id]?.trim() || `why? (not explained yet: add a note under "${v.id}" in bench/why.json)`}`);
  return [table(['', 'target', 'this run'], rows), ...(notes.length ? ['', 'Why each miss:', ...notes] : [])].join('\n');
}
