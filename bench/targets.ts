// The performance targets, each judged on one run's results: met, or missed by how much.
import type { EngineSummary, Results, SizeResult } from './results';

export interface Verdict {
  readonly id: string;
  readonly label: string;
  /** `met`, `missed` or `not measured` (the size was not part of this run). */
  readonly status: 'met' | 'missed' | 'not measured';
  readonly detail: string;
}

interface Target {
  readonly id: string;
  readonly label: string;
  /** The measured ratio, or undefined when this run did not measure it. */
  ratio(results: Omit<Results, 'targets'>): number | undefined;
  readonly goal: number;
  /** `atLeast`: a speed-up that must reach the goal; `atMost`: a share that must stay under it. */
  readonly kind: 'atLeast' | 'atMost';
}

const bySize = (results: Omit<Results, 'targets'>, size: number) => results.sizes.find((s) => s.size === size);

/** a ÷ b of one summary field, when both engines have it. */
function ratioOf(size: SizeResult | undefined, field: keyof EngineSummary, a: 'ours' | 'peer' | 'floor', b: 'ours' | 'peer' | 'floor'): number | undefined {
  const x = size?.[a][field];
  const y = size?.[b][field];
  return x != null && y != null && y > 0 ? x / y : undefined;
}

const speedUp = (id: string, label: string, size: number, field: keyof EngineSummary, goal: number): Target => ({
  id, label, goal, kind: 'atLeast', ratio: (r) => ratioOf(bySize(r, size), field, 'peer', 'ours'),
});

/** Lint time with hundreds of aliases ÷ without: "about as fast" is read as at most 1.25×. */
const aliasShare = (measure: string): Target['ratio'] => (r) => {
  const m = r.aliases?.measures[measure];
  return m?.aliased && m.plain ? m.aliased.median / m.plain.median : undefined;
};

const TARGETS: readonly Target[] = [
  speedUp('edit-1k', 'edit → diagnostics at 1,000 lines, vs the peer', 1000, 'editLintMs', 10),
  speedUp('edit-10k', 'edit → diagnostics at 10,000 lines, vs the peer', 10_000, 'editLintMs', 30),
  speedUp('edit-50k', 'edit → diagnostics at 50,000 lines, vs the peer', 50_000, 'editLintMs', 30),
  ...[300, 1000, 10_000, 50_000].map((size): Target => ({
    id: `first-lint-${size}`, label: `first lint at ${size.toLocaleString('en')} lines, share of the floor`, goal: 1, kind: 'atMost',
    ratio: (r) => ratioOf(bySize(r, size), 'firstLintMs', 'ours', 'floor'),
  })),
  speedUp('completion-10k', 'completion after an edit at 10,000 lines, vs the peer', 10_000, 'completionMs', 50),
  speedUp('completion-50k', 'completion after an edit at 50,000 lines, vs the peer', 50_000, 'completionMs', 50),
  { id: 'memory-50k', label: 'peak memory at 50,000 lines, share of the peer', goal: 0.3, kind: 'atMost', ratio: (r) => ratioOf(bySize(r, 50_000), 'peakRssMiB', 'ours', 'peer') },
  { id: 'aliases-first-lint', label: 'first lint with hundreds of aliases, share of the same file without', goal: 1.25, kind: 'atMost', ratio: aliasShare('firstLint') },
  { id: 'aliases-edit', label: 'edit → diagnostics with hundreds of aliases, share of the same file without', goal: 1.25, kind: 'atMost', ratio: aliasShare('typing') },
];

export function judge(results: Omit<Results, 'targets'>): Verdict[] {
  return TARGETS.map((t) => {
    const ratio = t.ratio(results);
    const goal = t.kind === 'atLeast' ? `≥${t.goal}×` : `≤${t.goal}×`;
    if (ratio === undefined) return { id: t.id, label: t.label, status: 'not measured', detail: `target ${goal}` };
    const met = t.kind === 'atLeast' ? ratio >= t.goal : ratio <= t.goal;
    // By how much: the factor still to gain, so "missed by 2.5×" means 2.5 times faster is needed.
    const short = t.kind === 'atLeast' ? t.goal / ratio : ratio / t.goal;
    const detail = `${times(ratio)} (target ${goal})${met ? '' : `: missed by ${times(short)}`}`;
    return { id: t.id, label: t.label, status: met ? 'met' : 'missed', detail };
  });
}

export function times(ratio: number): string {
  return `${ratio >= 10 ? ratio.toFixed(0) : ratio >= 1 ? ratio.toFixed(1) : ratio.toFixed(2)}×`;
}
