// Per-run folders. Each runner gets .state/<layer>-<pid>/ holding everything of that run — the
// code-server state (cs/) and a scratch copy of examples/ (examples/) — so two runs in one
// checkout (say the lead's and CI's, or integration and e2e in parallel) never share state, and the
// explorer shows the workspace as "examples". The folder is removed when the run ends (KEEP_STATE=1
// keeps it); folders of runs that were killed are removed by the next run.
//
// Tests may edit (and a quick-fix test may even save) the files they open; doing that on a copy
// means a crashed run never leaves the repository's examples modified.
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLES, STATE } from './paths.mjs';
import { onExit } from './util.mjs';

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === 'EPERM';
  }
}

/** Creates .state/<layer>-<pid>/ (removed at exit) and returns its path. */
export function runDir(layer) {
  mkdirSync(STATE, { recursive: true });
  for (const entry of readdirSync(STATE)) {
    const m = new RegExp(`^${layer}-(\\d+)$`).exec(entry);
    if (m && Number(m[1]) !== process.pid && !alive(Number(m[1]))) {
      rmSync(join(STATE, entry), { recursive: true, force: true });
    }
  }
  const dir = join(STATE, `${layer}-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  if (!process.env.KEEP_STATE) {
    onExit(() => rmSync(dir, { recursive: true, force: true }));
  }
  return dir;
}

/** Copies examples/ to <dir>/examples/ and returns that absolute path. */
export function prepareWorkspace(dir) {
  if (!existsSync(EXAMPLES) || readdirSync(EXAMPLES).length === 0) {
    throw new Error('examples/ is missing or empty: the tests open the example strategies');
  }
  const workspace = join(dir, 'examples');
  cpSync(EXAMPLES, workspace, { recursive: true });
  return workspace;
}
