// The shape of bench/results.json, and how the run's timings become it.
import type { HostileCase } from './hostile';
import type { DefectKind } from './generate';
import type { EngineName } from './engines/engine';
import { stats, type Stats, type Timings } from './measure';
import type { ProbeResult } from './probe';
import type { Verdict } from './targets';

/** The medians the issue asks for, per engine; null where the engine has no such thing. */
export interface EngineSummary {
  readonly firstLintMs: number | null;
  /** One typed character → complete diagnostics. */
  readonly editLintMs: number | null;
  /** One typed character (or its deletion) → the completion list, at a key and at a value together. */
  readonly completionMs: number | null;
  readonly renderMs: number | null;
  /** Peak resident memory of a fresh process that opened the file, typed into it and completed. */
  readonly peakRssMiB: number | null;
  /** Loading the engine plus the first lint, in a fresh process. */
  readonly coldStartMs: number | null;
}

export interface SizeResult {
  /** The size asked for; `lines` is what the generator made. */
  readonly size: number;
  readonly lines: number;
  readonly chars: number;
  readonly samples: number;
  readonly freshRuns: number;
  readonly ours: EngineSummary;
  readonly peer: EngineSummary;
  readonly floor: EngineSummary;
  /** Every measure with its spread: measure → engine → stats. */
  readonly measures: Record<string, Partial<Record<EngineName, Stats>>>;
  /** Which injected defect each engine reported, and how many diagnostics it gave in all. */
  readonly defects: Record<EngineName, { readonly found: Partial<Record<DefectKind, boolean>>; readonly diagnostics: number }>;
}

export interface AliasResult {
  readonly lines: number;
  readonly aliases: number;
  readonly samples: number;
  /** Ours only: the same strategy written out (`plain`) and with anchors and aliases (`aliased`). */
  readonly measures: Record<string, { readonly plain?: Stats; readonly aliased?: Stats }>;
}

export interface Results {
  readonly metadata: Record<string, unknown>;
  readonly sizes: readonly SizeResult[];
  readonly aliases?: AliasResult;
  /** Lint times of hostile input (alias bombs, huge counts, nesting…). */
  readonly hostile?: readonly HostileCase[];
  readonly targets: readonly Verdict[];
}

/** Stats of every measure, by measure and engine. */
export function measureStats<K extends string>(timings: Timings): Record<string, Partial<Record<K, Stats>>> {
  const out: Record<string, Partial<Record<K, Stats>>> = {};
  for (const [measure, byParticipant] of timings) {
    const entry: Partial<Record<K, Stats>> = {};
    for (const [name, samples] of byParticipant) {
      const s = stats(samples);
      if (s) entry[name as K] = s;
    }
    out[measure] = entry;
  }
  return out;
}

export function summarize(engine: EngineName, timings: Timings, fresh: readonly ProbeResult[]): EngineSummary {
  const median = (...measures: string[]) => stats(measures.flatMap((m) => timings.get(m)?.get(engine) ?? []))?.median ?? null;
  const freshMedian = (value: (r: ProbeResult) => number) => stats(fresh.map(value))?.median ?? null;
  return {
    firstLintMs: median('firstLint'),
    editLintMs: median('typing'),
    completionMs: median('completionKey', 'completionValue'),
    renderMs: median('render'),
    peakRssMiB: freshMedian((r) => r.peakRssMiB),
    coldStartMs: freshMedian((r) => r.importMs + r.firstLintMs),
  };
}
