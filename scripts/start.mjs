#!/usr/bin/env node
// npm start — the product, for real: a VS Code (code-server, in your browser) on 127.0.0.1 with
// the packaged extension installed and the examples/ folder open.
//
//   npm start                 port 8765, or CS_PORT=9000 npm start
//
// Steps: scripts/setup.sh (fast when everything is installed), `npm run package` (build + .vsix),
// install the .vsix into .state/cs/demo/ (fresh extensions dir, your other settings kept),
// start code-server and print the URL. Runs until Ctrl+C, then stops code-server.
// The examples are opened in place: edits you save there change the repository's files.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { setInterval } from 'node:timers';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const STATE = join(ROOT, '.state/cs/demo');
const PORT = process.env.CS_PORT || '8765';
const env = { ...process.env, CS_STATE: STATE, CS_PORT: PORT };

function step(title, command, args) {
  console.log(`\n== ${title}`);
  const r = spawnSync(command, args, { cwd: ROOT, env, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`\nnpm start: "${title}" failed (exit ${r.status ?? r.signal})`);
    process.exit(1);
  }
}

const codeServer = (...args) => ['bash', [join(ROOT, 'scripts/code-server.sh'), ...args]];

step('setup (installs only what is missing)', 'bash', [join(ROOT, 'scripts/setup.sh')]);
step('build and package the extension', 'npm', ['run', '-s', 'package']);
// A stale demo from an interrupted run would hold the port.
spawnSync(...codeServer('stop'), { cwd: ROOT, env, stdio: 'ignore' });
// Reinstall from scratch so the demo always runs the .vsix just built.
rmSync(join(STATE, 'extensions'), { recursive: true, force: true });
step('install the .vsix into the demo code-server', ...codeServer('install-vsix', join(ROOT, 'dist/smm-strategy.vsix')));
step('start code-server', ...codeServer('start'));

const stop = () => spawnSync(...codeServer('stop'), { cwd: ROOT, env, stdio: 'inherit' });
process.once('exit', stop);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(signal, () => process.exit(0));
}

const folder = join(ROOT, 'examples');
if (!existsSync(folder)) console.warn('warning: examples/ does not exist');
const url = `http://127.0.0.1:${PORT}/?folder=${encodeURIComponent(folder)}`;
console.log(`
  SMM Strategy as Code is running in VS Code (code-server ${'4.100.3'}):

      ${url}

  Open a *.smm.yaml file; problems appear in the Problems pane (Ctrl+Shift+M).
  Logs: ${join(STATE, 'logs/code-server.log')}
  Press Ctrl+C to stop.
`);
// Keep the process alive until a signal arrives (code-server runs in its own process group).
setInterval(() => {
  const r = spawnSync(...codeServer('status'), { cwd: ROOT, env, stdio: 'ignore' });
  if (r.status !== 0) {
    console.error('code-server has stopped; see the log above.');
    process.exit(1);
  }
}, 5_000);
