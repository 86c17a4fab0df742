// Keeping the logs of a failed run: code-server's own log and the workbench/extension-host logs
// from its user-data dir are copied to artifacts/logs/<label>/ (the state dir is wiped next run).
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { LOGS } from './paths.mjs';

export function keepLogs(label, server) {
  if (!server) return;
  const dest = join(LOGS, label);
  rmSync(dest, { recursive: true, force: true });
  mkdirSync(dest, { recursive: true });
  for (const [from, to] of [[server.logsDir, 'code-server'], [join(server.userDataDir, 'logs'), 'vscode']]) {
    if (existsSync(from)) cpSync(from, join(dest, to), { recursive: true });
  }
  console.log(`[logs] kept in ${dest}`);
}
