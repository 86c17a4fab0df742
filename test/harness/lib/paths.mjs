// Where things are. Everything generated lives in git-ignored folders of the checkout:
//   .cache/     installed tools (code-server, the web harness, npm's cache)    — scripts/setup.sh
//   .state/     code-server state, browser profiles, scratch workspaces        — the runners
//   artifacts/  screenshots and logs worth looking at after a run
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const CACHE = join(ROOT, '.cache');
export const STATE = join(ROOT, '.state');
export const ARTIFACTS = join(ROOT, 'artifacts');
export const SCREENSHOTS = join(ARTIFACTS, 'screenshots');
export const LOGS = join(ARTIFACTS, 'logs');
export const EXAMPLES = join(ROOT, 'examples');

export const CODE_SERVER_SH = join(ROOT, 'scripts/code-server.sh');
export const CODE_SERVER_BIN = join(CACHE, 'code-server/node_modules/.bin/code-server');
export const TEST_WEB_DIR = join(CACHE, 'test-web');

export const EXTENSION_MAIN = join(ROOT, 'dist/extension.js');
export const EXTENSION_BROWSER = join(ROOT, 'dist/web/extension.js');
export const INTEGRATION_TESTS = join(ROOT, 'dist/test/integration/index.js');
export const WEB_TESTS = join(ROOT, 'dist/test/web/index.js');
export const VSIX = join(ROOT, 'dist/smm-strategy.vsix');

/** Debian's chromium (apt package `chromium`); CHROME overrides. */
export const CHROME = process.env.CHROME || '/usr/bin/chromium';

/** Throws a readable "what to run" error when a prerequisite file is missing. */
export function requireFile(path, hint) {
  if (!existsSync(path)) {
    throw new Error(`missing ${path.startsWith(ROOT) ? path.slice(ROOT.length + 1) : path} — ${hint}`);
  }
}
