// Starting and stopping our isolated code-server from the Node runners, through
// scripts/code-server.sh (the one place that defines its flags and settings).
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CODE_SERVER_BIN, CODE_SERVER_SH, ROOT, requireFile } from './paths.mjs';
import { freePort, onExit } from './util.mjs';

function codeServerSh(args, env) {
  const result = spawnSync('bash', [CODE_SERVER_SH, ...args], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
  if (result.status !== 0) {
    throw new Error(`scripts/code-server.sh ${args[0]} failed (exit ${result.status}):\n${output}`);
  }
  return output;
}

/**
 * Starts a code-server with fresh state in <runDir>/cs/ and returns
 * `{ url, port, authority, state, stop() }`. It is stopped automatically when this process exits.
 *
 * @param {object} options
 * @param {string} options.runDir     the run's folder (./workspaces.mjs runDir()); keep it short:
 *                                    unix socket paths inside it are limited to 107 bytes
 * @param {number} [options.port]     default: CS_PORT, else a free port
 * @param {string} [options.vsix]     install this .vsix first (e2e: test the packaged artifact)
 * @param {Record<string,string>} [options.env]  extra environment for code-server and its
 *                                    extension host (e.g. SMM_TEST_GREP)
 * @param {boolean} [options.restricted]  open folders in Restricted Mode (not trusted)
 */
export async function startCodeServer({ runDir, port, vsix, env = {}, restricted = false }) {
  requireFile(CODE_SERVER_BIN, 'run: bash scripts/setup.sh');
  // Fresh every time: no extensions, editors or window state left over from an earlier run.
  const state = join(runDir, 'cs');
  rmSync(state, { recursive: true, force: true });
  mkdirSync(state, { recursive: true });
  const chosenPort = port ?? (process.env.CS_PORT ? Number(process.env.CS_PORT) : await freePort());
  const shEnv = { CS_STATE: state, CS_PORT: String(chosenPort), ...(restricted ? { CS_RESTRICTED: '1' } : {}) };
  if (Object.keys(env).length > 0) {
    const envFile = join(state, 'extra.env');
    // Sourced by code-server.sh: single-quote the values so `$` and backticks stay literal.
    const quote = (v) => `'${String(v).replace(/'/g, `'\\''`)}'`;
    writeFileSync(envFile, Object.entries(env).map(([k, v]) => `${k}=${quote(v)}`).join('\n') + '\n');
    shEnv.CS_EXTRA_ENV_FILE = envFile;
  }
  if (vsix) {
    const listed = codeServerSh(['install-vsix', vsix], shEnv);
    console.log(`[code-server] installed ${vsix.slice(ROOT.length + 1)}:\n  ${listed.split('\n').filter((l) => /@/.test(l)).join('\n  ')}`);
  }
  console.log(`[code-server] ${codeServerSh(['start'], shEnv)}`);
  let stopped = false;
  const stop = () => {
    if (!stopped) {
      stopped = true;
      console.log(`[code-server] ${codeServerSh(['stop'], shEnv)}`);
    }
  };
  onExit(stop);
  const url = `http://127.0.0.1:${chosenPort}`;
  return { url, port: chosenPort, authority: `127.0.0.1:${chosenPort}`, state, logsDir: join(state, 'logs'), userDataDir: join(state, 'user-data'), stop };
}

/**
 * The workbench URL that opens `folder`, optionally with a launch payload: code-server passes the
 * `payload` entries (extensionDevelopmentPath, extensionTestsPath, ...) to the workbench the way
 * VS Code desktop gets them from its command line (REPORT.md section 4a).
 */
export function workbenchUrl(baseUrl, folder, payload) {
  let url = `${baseUrl}/?folder=${encodeURIComponent(folder)}`;
  if (payload) {
    url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  }
  return url;
}

/** `vscode-remote://<authority><abs path>`: how the browser workbench names a file on the server. */
export function remoteUri(authority, absPath) {
  return `vscode-remote://${authority}${absPath}`;
}
