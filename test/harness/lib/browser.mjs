// Launching Debian's chromium with playwright-core, isolated: a fresh profile inside .state/ and
// XDG dirs pointing at it (otherwise chromium creates ~/.config/chromium/Crash Reports and
// ~/.cache/dconf). The flags keep it off the network, which is closed here anyway: without
// --disable-background-networking etc. it retries refused connections at every start.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME, STATE, requireFile } from './paths.mjs';

export const CHROMIUM_ARGS = [
  '--no-sandbox', // we run as root in CI; chromium refuses to sandbox as root
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Launches chromium with a fresh persistent profile in .state/chromium/<name>-<pid>/.
 * Returns `{ context, page, close() }`; close() also deletes the profile.
 */
export async function launchChromium({ name, viewport = { width: 1400, height: 900 }, headless = !process.env.HEADFUL } = {}) {
  requireFile(CHROME, 'install Debian chromium: bash scripts/setup.sh');
  const profile = join(STATE, 'chromium', `${name}-${process.pid}`);
  rmSync(profile, { recursive: true, force: true });
  mkdirSync(profile, { recursive: true });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROME,
    headless,
    viewport,
    args: CHROMIUM_ARGS,
    env: { ...process.env, XDG_CONFIG_HOME: profile, XDG_CACHE_HOME: profile, HOME: profile },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const close = async () => {
    await context.close().catch(() => {});
    rmSync(profile, { recursive: true, force: true });
  };
  return { context, page, profile, close };
}
