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

/**
 * Runs the probe for one engine in a fresh node process (timing `renders` previews, if given); a
 * failure, such as running out of memory, is reported, not thrown.
 */
export function probeFresh(probes: Probes, engine: EngineName, textFile: string, copy: number, schemaPath: string, renders?: number): Promise<ProbeResult | Error> {
  const args = [probes.probe, probes.engines[engine], textFile, String(copy), schemaPath, ...(renders ? [String(renders)] : [])];
  return new Promise((resolve) => {
    execFile(process.execPath, args, { timeout: 10 * 60_000, maxBuffer: 1 << 20 }, (error, stdout, stderr) => {
      // V8's native stack frames say nothing here; its message (e.g. "heap out of memory") does.
      const message = stderr.split('\n').filter((l) => l.trim() && !/^\s*\d+: 0x/.test(l)).slice(-2).join(' ');
      if (error) return resolve(new Error(`${engine} ${renders ? 'render ' : ''}probe failed: ${message || error.message}`));
      resolve(JSON.parse(stdout.trim().split('\n').at(-1)!) as ProbeResult);
    });
  });
}
