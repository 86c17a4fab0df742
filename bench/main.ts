// Side-by-side benchmark of our core against yaml-language-server (the peer) and the least any
// schema linter must do (the floor), on generated strategies of growing size.
//   npm run bench                      full run, writes bench/results.json
//   npm run bench -- --quick           fewer sizes and samples, for development; writes nothing
//   npm run bench -- --sizes 1000,5000 --note "why this run" --out some/file.json
// Progress goes to stderr, the tables to stdout.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, arch, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { CreateEngine, Diagnostic, Engine, EngineName } from './engines/engine';
import { createEngine as createFloor } from './engines/floor';
import { createEngine as createOurs } from './engines/ours';
import { createEngine as createPeer } from './engines/peer';
import { bundleProbes, probeFresh, type Probes } from './fresh';
import { generateStrategy, withAliases, type Defect, type DefectKind } from './generate';
import { timeFirstLint, timeScenario, type Participant, type Timings } from './measure';
import type { ProbeResult } from './probe';
import { measureHostile } from './hostile';
import { aliasTable, defectTable, hostileTable, measureTables, sideBySide, targetTable } from './report';
import { measureStats, summarize, type AliasResult, type Results, type SizeResult } from './results';
import { EDIT_SCENARIOS, Script, TYPING } from './scenarios';
import { judge } from './targets';

const ROOT = join(__dirname, '..');
const SCHEMA = join(ROOT, 'schemas/smm.schema.json');
const ENGINE_NAMES: readonly EngineName[] = ['ours', 'peer', 'floor'];

interface SizePlan {
  readonly size: number;
  /** Timed samples per measure; one more is run first and thrown away. */
  readonly samples: number;
  /** Fresh processes per engine, for cold start and peak memory. */
  readonly freshRuns: number;
}

interface Plan {
  readonly mode: 'full' | 'quick';
  readonly sizes: readonly SizePlan[];
  readonly aliases: { readonly lines: number; readonly samples: number };
}

/**
 * Fewer samples where the peer is slow: at 50,000 lines each of its calls takes over a second, and
 * a measure of 7 samples costs about a minute and a half for it alone.
 */
function planFor(size: number, quick: boolean): SizePlan {
  if (size <= 1000) return { size, samples: quick ? 8 : 30, freshRuns: quick ? 1 : 5 };
  if (size <= 10_000) return { size, samples: quick ? 5 : 15, freshRuns: quick ? 1 : 3 };
  return { size, samples: quick ? 3 : 7, freshRuns: quick ? 1 : 3 };
}

function makePlan(quick: boolean, sizes: string | undefined): Plan {
  const chosen = sizes ? sizes.split(',').map(Number).filter((n) => n > 0) : quick ? [300, 1000] : [300, 1000, 10_000, 50_000];
  return { mode: quick ? 'quick' : 'full', sizes: chosen.map((s) => planFor(s, quick)), aliases: { lines: 1000, samples: quick ? 5 : 15 } };
}

const begun = Date.now();
const progress = (line: string) => {
  const s = Math.round((Date.now() - begun) / 1000);
  process.stderr.write(`[${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}] ${line}\n`);
};
const gc = () => (globalThis as { gc?: () => void }).gc?.();

async function loadEngines(): Promise<Engine[]> {
  const factories: Record<EngineName, CreateEngine> = { ours: createOurs, peer: createPeer, floor: createFloor };
  return Promise.all(ENGINE_NAMES.map((name) => factories[name]({ schemaPath: SCHEMA })));
}

function foundDefects(defects: readonly Defect[], diagnostics: readonly Diagnostic[]): Partial<Record<DefectKind, boolean>> {
  return Object.fromEntries(defects.map((d) => [d.kind, diagnostics.some((x) => x.line >= d.fromLine && x.line <= d.toLine && d.pattern.test(`${x.code} ${x.message}`))]));
}

async function measureSize(engines: readonly Engine[], probes: Probes, plan: SizePlan, tmp: string, warnings: string[]): Promise<SizeResult> {
  const strategy = generateStrategy(plan.size);
  const { text, middleCopy } = strategy;
  progress(`${strategy.lines.toLocaleString('en')} lines (${plan.samples} samples per measure, ${plan.freshRuns} fresh processes per engine)`);

  // The defect check is also each engine's first look at this size, so it doubles as a warm-up.
  const defects = {} as SizeResult['defects'];
  for (const engine of engines) {
    const diagnostics = (await engine.open(text).diagnostics()).list();
    defects[engine.name] = { found: foundDefects(strategy.defects, diagnostics), diagnostics: diagnostics.length };
  }

  const timings: Timings = new Map();
  progress('  first lint');
  await timeFirstLint(engines.map((engine) => ({ name: engine.name, engine, text })), plan.samples, 1, timings);

  let participants: Participant[] = engines.map((engine) => ({ name: engine.name, session: engine.open(text), script: new Script(text) }));
  for (const p of participants) await p.session.diagnostics();
  for (const scenario of EDIT_SCENARIOS) {
    progress(`  ${scenario.measures.join(' and ')}`);
    for (const miss of await timeScenario(participants, scenario, middleCopy, plan.samples, 1, timings)) warnings.push(`WARNING: at ${strategy.lines} lines, ${miss}: is it completing at the right place?`);
    // The floor re-runs everything on every edit, so one kind of edit tells all it costs; the other
    // kinds would only double the run time at the large sizes.
    if (scenario === TYPING) participants = participants.filter((p) => p.name !== 'floor');
  }
  participants = [];
  gc();

  progress('  fresh processes');
  const file = join(tmp, `strategy-${plan.size}.smm.yaml`);
  writeFileSync(file, text);
  const fresh: Record<EngineName, ProbeResult[]> = { ours: [], peer: [], floor: [] };
  for (let run = 0; run < plan.freshRuns; run++) {
    for (const name of [...ENGINE_NAMES.slice(run % 3), ...ENGINE_NAMES.slice(0, run % 3)]) {
      const result = await probeFresh(probes, name, file, middleCopy, SCHEMA);
      if (result instanceof Error) warnings.push(`WARNING: ${result.message}`);
      else fresh[name].push(result);
    }
  }

  // The preview in a process of its own: at large sizes rendering may run out of memory.
  progress('  preview render');
  const rendered = await probeFresh(probes, 'ours', file, middleCopy, SCHEMA, plan.samples);
  if (rendered instanceof Error) warnings.push(`WARNING: at ${strategy.lines} lines, ${rendered.message}`);
  else timings.set('render', new Map([['ours', [...(rendered.renderMs ?? [])]]]));

  return {
    size: plan.size, lines: strategy.lines, chars: text.length, samples: plan.samples, freshRuns: plan.freshRuns,
    ours: summarize('ours', timings, fresh.ours), peer: summarize('peer', timings, fresh.peer), floor: summarize('floor', timings, fresh.floor),
    measures: measureStats<EngineName>(timings), defects,
  };
}

/** Ours on the same strategy written out and with an anchor at each repeated value and aliases at the rest. */
async function measureAliases(ours: Engine, plan: Plan['aliases']): Promise<AliasResult> {
  const plain = generateStrategy(plan.lines);
  const aliased = withAliases(plain.text);
  progress(`aliases: ${plain.lines.toLocaleString('en')} lines, ${aliased.aliases} aliases (${plan.samples} samples)`);
  const timings: Timings = new Map();
  const variants = [{ name: 'plain', engine: ours, text: plain.text }, { name: 'aliased', engine: ours, text: aliased.text }];
  await timeFirstLint(variants, plan.samples, 1, timings);
  const participants = variants.map((v) => ({ name: v.name, session: ours.open(v.text), script: new Script(v.text) }));
  for (const p of participants) await p.session.diagnostics();
  await timeScenario(participants, TYPING, plain.middleCopy, plan.samples, 1, timings);
  return { lines: plain.lines, aliases: aliased.aliases, samples: plan.samples, measures: measureStats<'plain' | 'aliased'>(timings) };
}

/** A short warm-up of every code path, so the first size is not measuring the JIT. */
async function warmUp(engines: readonly Engine[]): Promise<void> {
  const { text, middleCopy } = generateStrategy(300);
  await timeFirstLint(engines.map((engine) => ({ name: engine.name, engine, text })), 3, 0, new Map());
  const participants = engines.map((engine) => ({ name: engine.name, session: engine.open(text), script: new Script(text) }));
  for (const scenario of EDIT_SCENARIOS) await timeScenario(participants, scenario, middleCopy, 3, 0, new Map());
}

function versionOf(pkg: string): string {
  return (JSON.parse(readFileSync(join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
}

function commit(): string {
  try {
    const hash = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src', 'bench', 'package.json'], { cwd: ROOT, encoding: 'utf8' }).trim();
    return dirty ? `${hash} with uncommitted changes` : hash;
  } catch {
    return 'unknown';
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { quick: { type: 'boolean' }, sizes: { type: 'string' }, note: { type: 'string' }, out: { type: 'string' } } });
  const plan = makePlan(!!values.quick, values.sizes);
  const out = values.out ?? (plan.mode === 'full' && !values.sizes ? join(ROOT, 'bench/results.json') : undefined);
  const started = Date.now();
  const loadAtStart = loadavg();
  const ours = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };

  progress(`bench: ${plan.mode} mode, node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, load ${loadAtStart.map((l) => l.toFixed(2)).join(' ')}`);
  const engines = await loadEngines();
  const probes = await bundleProbes(ROOT, join(ROOT, '.cache/bench'));
  const tmp = mkdtempSync(join(tmpdir(), 'smm-bench-'));
  const warnings: string[] = [];
  try {
    progress('warming up');
    await warmUp(engines);
    const sizes: SizeResult[] = [];
    for (const size of plan.sizes) {
      sizes.push(await measureSize(engines, probes, size, tmp, warnings));
      gc();
    }
    const aliases = await measureAliases(engines.find((e) => e.name === 'ours')!, plan.aliases);
    progress('hostile input');
    const hostile = measureHostile(generateStrategy(10_000).text, plan.mode === 'quick' ? 1 : 3);

    const metadata = {
      note: values.note ?? null,
      mode: plan.mode,
      date: new Date(started).toISOString(),
      durationS: Math.round((Date.now() - started) / 1000),
      node: process.version,
      platform: `${platform()} ${arch()}`,
      cpu: cpus()[0]?.model ?? 'unknown',
      cores: cpus().length,
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      // A busy machine slows everything; the load shows how busy it was.
      loadAverage: { start: loadAtStart, end: loadavg() },
      versions: {
        'smm-strategy': `${ours.version} (${commit()})`,
        'yaml-language-server': versionOf('yaml-language-server'),
        'vscode-languageserver-textdocument': versionOf('vscode-languageserver-textdocument'),
        yaml: versionOf('yaml'),
        ajv: versionOf('ajv'),
      },
      method: 'One process, engines interleaved sample by sample in rotating order, after a warm-up. Peer: yaml-language-server in-process '
        + '(getLanguageService, doValidation, doComplete) with schemas/smm.schema.json served from disk, edits through TextDocument.update. '
        + 'Floor: yaml parseDocument + the ajv validators the product ships (precompiled from the same schema, run by validateStrategyData) '
        + '+ ranges; first lint and typing only. Peak RSS and cold start: fresh node processes per engine (esbuild bundles; the peer as '
        + 'installed), median of the runs.',
    };
    const partial = { metadata, sizes, aliases, hostile };
    const results: Results = { ...partial, targets: judge(partial) };
    const why = JSON.parse(readFileSync(join(ROOT, 'bench/why.json'), 'utf8')) as Record<string, string>;
    const defectReport = defectTable(results);
    warnings.push(...defectReport.warnings);

    const sampleNote = plan.sizes.map((s) => `${s.samples} at ${s.size.toLocaleString('en')} lines`).join(', ');
    console.log([
      `Side by side (medians; ratios from this run). Samples per measure: ${sampleNote} (fewer where the peer takes over a second per call).`,
      sideBySide(results),
      '',
      targetTable(results.targets, why),
      '',
      'Injected defects each engine reported (the peer and the floor check the schema only)',
      defectReport.table,
      '',
      aliasTable(results) ?? '',
      '',
      hostileTable(hostile),
      '',
      measureTables(results),
      '',
      ...(warnings.length ? ['', ...warnings] : []),
    ].join('\n'));
    if (out) {
      writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
      progress(`wrote ${out}`);
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
