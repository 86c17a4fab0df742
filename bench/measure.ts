// Interleaved timing: every sample times each participant once, in an order that rotates from
// sample to sample, so machine noise and warm caches hit all of them alike.
import type { Engine, Session } from './engines/engine';
import type { Scenario, Script } from './scenarios';

export interface Stats {
  readonly median: number;
  readonly p10: number;
  readonly p90: number;
  readonly n: number;
}

/** Percentiles by linear interpolation between the sorted samples. */
export function stats(samples: readonly number[]): Stats | undefined {
  if (samples.length === 0) return undefined;
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => {
    const i = q * (sorted.length - 1);
    const lo = Math.floor(i);
    return sorted[lo]! + (sorted[Math.min(lo + 1, sorted.length - 1)]! - sorted[lo]!) * (i - lo);
  };
  return { median: at(0.5), p10: at(0.1), p90: at(0.9), n: sorted.length };
}

/** Times, by measure and then by participant. */
export type Timings = Map<string, Map<string, number[]>>;

function record(timings: Timings, measure: string, participant: string, ms: number): void {
  let byParticipant = timings.get(measure);
  if (!byParticipant) timings.set(measure, (byParticipant = new Map()));
  let list = byParticipant.get(participant);
  if (!list) byParticipant.set(participant, (list = []));
  list.push(ms);
}

function rotated<T>(items: readonly T[], by: number): T[] {
  const k = by % items.length;
  return [...items.slice(k), ...items.slice(0, k)];
}

/**
 * First lint: each sample opens a text the participant has not seen (a different trailing
 * comment each time, so no string or parse cache can answer) and waits for its diagnostics.
 */
export async function timeFirstLint(participants: readonly { name: string; engine: Engine; text: string }[], samples: number, warmup: number, timings: Timings): Promise<void> {
  for (let i = 0; i < warmup + samples; i++) {
    for (const p of rotated(participants, i)) {
      const text = `${p.text}# sample ${i}\n`;
      const started = performance.now();
      await p.engine.open(text).diagnostics();
      const ms = performance.now() - started;
      if (i >= warmup) record(timings, 'firstLint', p.name, ms);
    }
  }
}

export interface Participant {
  readonly name: string;
  readonly session: Session;
  readonly script: Script;
}

/**
 * Runs a scenario on every participant, step by step: each step is timed from the edit reaching
 * the engine's document model to its diagnostics or completion list. Returns the
 * completions that missed their expected entry (a sign the measure is not measuring completion).
 */
export async function timeScenario(participants: readonly Participant[], scenario: Scenario, copy: number, samples: number, warmup: number, timings: Timings): Promise<string[]> {
  const runs = new Map(participants.map((p) => [p.name, scenario.start(p.script, copy)]));
  for (const p of participants) {
    for (const change of runs.get(p.name)!.prepare) {
      p.session.edit(change);
      await p.session.diagnostics();
    }
  }
  const misses = new Set<string>();
  // Scenarios with several measures alternate them (break, fix, …): whole rounds keep the text as it was.
  const steps = (warmup + samples) * scenario.measures.length;
  for (let i = 0; i < steps; i++) {
    for (const p of rotated(participants, i)) {
      const step = runs.get(p.name)!.next(i);
      const { session } = p;
      const then = step.then;
      const timed = then === 'diagnostics' || !!session.complete;
      if (!timed) {
        // The engine cannot do this: keep its document in step with the others, untimed.
        session.edit(step.change);
        continue;
      }
      const started = performance.now();
      session.edit(step.change);
      let labels: readonly string[] | undefined;
      if (then === 'diagnostics') await session.diagnostics();
      else labels = await session.complete!(then.complete, then.position);
      const ms = performance.now() - started;
      if (typeof then === 'object' && !labels?.includes(then.expect)) misses.add(`${p.name}: no '${then.expect}' in ${step.measure}`);
      if (i >= warmup * scenario.measures.length) record(timings, step.measure, p.name, ms);
    }
  }
  return [...misses];
}
