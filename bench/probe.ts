// Runs in a fresh process (bundled, plain node): loads one engine, opens a strategy, types into it
// and asks for completions, then prints its timings and the process's peak memory as JSON.
// Usage: node probe.js <engine bundle> <strategy file> <middle copy> <schema path>
import { readFileSync } from 'node:fs';
import type { CreateEngine, Session } from './engines/engine';
import { COMPLETION_AT_KEY, Script, TYPING, type Scenario } from './scenarios';

/** Keystrokes after the first lint: enough for the incremental state to settle. */
const KEYSTROKES = 5;
const COMPLETIONS = 2;

export interface ProbeResult {
  /** Loading the engine's code and creating it, ready for a first document. */
  readonly importMs: number;
  readonly firstLintMs: number;
  readonly peakRssMiB: number;
}

async function main(): Promise<void> {
  const [engineFile, textFile, copy, schemaPath] = process.argv.slice(2);
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
  await play(session, script, TYPING, Number(copy), KEYSTROKES);
  if (session.complete) await play(session, script, COMPLETION_AT_KEY, Number(copy), COMPLETIONS);

  const result: ProbeResult = { importMs, firstLintMs, peakRssMiB: process.resourceUsage().maxRSS / 1024 };
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

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
