// Runs in a fresh process (bundled, plain node): loads one engine, opens a strategy, types into it
// and asks for completions, then prints its timings and the process's peak memory as JSON. With a
// number of renders, it types and renders the preview after each character instead: a render that
// runs out of memory then ends this process, not the benchmark.
// Usage: node probe.js <engine bundle> <strategy file> <middle copy> <schema path> [renders]
import { readFileSync } from 'node:fs';
import type { CreateEngine, Session } from './engines/engine';
import { COMPLETION_AT_KEY, Script, TYPING, type Scenario } from './scenarios';

/** Keystrokes after the first lint: enough for the incremental state to settle. */
const KEYSTROKES = 5;
const COMPLETIONS = 2;
/** Renders stop being sampled after this long; the first one (filling the renderer's caches) is not timed. */
const RENDER_BUDGET_MS = 60_000;

export interface ProbeResult {
  /** Loading the engine's code and creating it, ready for a first document. */
  readonly importMs: number;
  readonly firstLintMs: number;
  readonly peakRssMiB: number;
  /** When renders were asked for: each render of the preview after a typed character. */
  readonly renderMs?: readonly number[];
}

async function main(): Promise<void> {
  const [engineFile, textFile, copy, schemaPath, renders] = process.argv.slice(2);
  if (!engineFile || !textFile || !copy || !schemaPath) throw new Error('usage: probe <engine bundle> <strategy file> <middle copy> <schema path>');
  const text = readFileSync(textFile, 'utf8');

  const loading = performance.now();
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the engine's bundle is chosen at run time
  const { createEngine } = require(engineFile) as { createEngine: CreateEngine };
  const engine = await createEngine({ schemaPath });
  const importMs = performance.now() - loading;

  const linting = performance.now();
  const session = engine.open(text);
  await session.diagnostics();
  const firstLintMs = performance.now() - linting;

  const script = new Script(text);
  let renderMs: number[] | undefined;
  if (renders && session.render) {
    renderMs = await timeRenders(session, script, Number(copy), Number(renders));
  } else {
    await play(session, script, TYPING, Number(copy), KEYSTROKES);
    if (session.complete) await play(session, script, COMPLETION_AT_KEY, Number(copy), COMPLETIONS);
  }

  const result: ProbeResult = { importMs, firstLintMs, peakRssMiB: process.resourceUsage().maxRSS / 1024, ...(renderMs ? { renderMs } : {}) };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

async function play(session: Session, script: Script, scenario: Scenario, copy: number, steps: number): Promise<void> {
  const run = scenario.start(script, copy);
  for (const change of run.prepare) session.edit(change);
  for (let i = 0; i < steps; i++) {
    const step = run.next(i);
    session.edit(step.change);
    if (typeof step.then === 'object') await session.complete!(step.then.complete, step.then.position);
    else await session.diagnostics();
  }
}

/** The preview after each typed character, rendered from the lint result its diagnostics made: only the render is timed. */
async function timeRenders(session: Session, script: Script, copy: number, samples: number): Promise<number[]> {
  const run = TYPING.start(script, copy);
  const times: number[] = [];
  const started = performance.now();
  for (let i = 0; i <= samples && performance.now() - started < RENDER_BUDGET_MS; i++) {
    session.edit(run.next(i).change);
    await session.diagnostics();
    const rendering = performance.now();
    await session.render!();
    if (i > 0) times.push(performance.now() - rendering);
  }
  return times;
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
