// Cold start and peak memory, measured in fresh processes: one per engine and run, each loading
// only its own engine, bundled the way the extension ships (esbuild, minified), while the peer
// loads as its npm package ships.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { EngineName } from './engines/engine';
import type { ProbeResult } from './probe';

const ENGINES: readonly EngineName[] = ['ours', 'peer', 'floor'];

export interface Probes {
  readonly probe: string;
  readonly engines: Readonly<Record<EngineName, string>>;
}

/** Bundles the probe and each engine into `outdir`. */
export async function bundleProbes(root: string, outdir: string): Promise<Probes> {
  const entryPoints = Object.fromEntries([['probe', join(root, 'bench/probe.ts')], ...ENGINES.map((e) => [e, join(root, `bench/engines/${e}.ts`)])]);
  await build({
    entryPoints, outdir, bundle: true, minify: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'warning',
    // The peer is loaded from node_modules, as its package is installed.
    external: ['yaml-language-server', 'vscode-languageserver-textdocument'],
  });
  return { probe: join(outdir, 'probe.js'), engines: Object.fromEntries(ENGINES.map((e) => [e, join(outdir, `${e}.js`)])) as Record<EngineName, string> };
}

/** Runs the probe for one engine in a fresh node process; a failure is reported, not thrown. */
export function probeFresh(probes: Probes, engine: EngineName, textFile: string, copy: number, schemaPath: string): Promise<ProbeResult | Error> {
  return new Promise((resolve) => {
    execFile(process.execPath, [probes.probe, probes.engines[engine], textFile, String(copy), schemaPath], { timeout: 10 * 60_000, maxBuffer: 1 << 20 }, (error, stdout, stderr) => {
      if (error) return resolve(new Error(`${engine} probe failed: ${stderr.trim().split('\n').slice(-3).join(' ') || error.message}`));
      resolve(JSON.parse(stdout.trim().split('\n').at(-1)!) as ProbeResult);
    });
  });
}
