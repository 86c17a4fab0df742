// The e2e session: what test/harness/run-e2e.mjs prepared (a code-server with the packaged .vsix
// installed, a scratch copy of examples/), and mocha hooks that give each suite a browser with a
// Workbench, screenshots on failure included.
//
// Environment, set by run-e2e.mjs:
//   SMM_E2E_URL         code-server base URL, e.g. http://127.0.0.1:41234
//   SMM_E2E_WORKSPACE   absolute path of the folder to open
//   SMM_E2E_ARTIFACTS   where screenshots go (default <repo>/artifacts/screenshots/e2e)
//   SMM_E2E_STATE       where browser profiles go (default <repo>/.state)
//   CHROME              chromium executable (default /usr/bin/chromium); HEADFUL=1 to watch
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { slug, Workbench } from './workbench';

const ROOT = resolve(__dirname, '../../..');

function env(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} is not set: run the e2e tests with \`npm run test:e2e\` (test/harness/run-e2e.mjs)`);
  }
  return value;
}

export const e2e = {
  get url(): string {
    return env('SMM_E2E_URL');
  },
  get workspace(): string {
    return env('SMM_E2E_WORKSPACE');
  },
  screenshots: process.env.SMM_E2E_ARTIFACTS ?? join(ROOT, 'artifacts/screenshots/e2e'),
  state: process.env.SMM_E2E_STATE ?? join(ROOT, '.state'),
};

/**
 * Chromium with the same isolation as test/harness/lib/browser.mjs (kept in sync by hand; that
 * module is ESM for the runners, this one is loaded by mocha through tsx): a fresh profile inside
 * .state/, XDG dirs pointing at it, and no background networking. Remove `profile` after closing.
 */
export async function launchBrowser(name: string): Promise<{ context: BrowserContext; profile: string }> {
  const profile = join(e2e.state, `e2e-${slug(name)}-${process.pid}`);
  rmSync(profile, { recursive: true, force: true });
  mkdirSync(profile, { recursive: true });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROME || '/usr/bin/chromium',
    headless: !process.env.HEADFUL,
    viewport: { width: 1400, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    env: { ...process.env, XDG_CONFIG_HOME: profile, XDG_CACHE_HOME: profile, HOME: profile },
  });
  return { context, profile };
}

/**
 * Registers suite hooks that open the workspace in a fresh browser before the suite's first test
 * and close it after the last, and returns a getter for the suite's Workbench. A failing test
 * leaves a screenshot `<suite>/failed-<test>.png` under the e2e screenshots folder.
 *
 * @example
 *   suite('Problems pane', () => {
 *     const wb = useWorkbench('problems');
 *     test('...', async () => { await wb().quickOpen('mistakes.smm.yaml'); ... });
 *   });
 */
export function useWorkbench(suiteName: string): () => Workbench {
  let session: { context: BrowserContext; profile: string; workbench: Workbench } | undefined;
  const dir = join(e2e.screenshots, slug(suiteName));

  suiteSetup(async function () {
    this.timeout(120_000);
    rmSync(dir, { recursive: true, force: true });
    const { context, profile } = await launchBrowser(suiteName);
    // Workbench.editorText() reads the editor's text back through the clipboard.
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(e2e.url).origin });
    const page = context.pages()[0] ?? (await context.newPage());
    const workbench = new Workbench(page, { screenshotsDir: dir });
    session = { context, profile, workbench };
    await workbench.openFolder(e2e.url, e2e.workspace);
  });

  teardown(async function () {
    const current = this.currentTest;
    if (session && current?.state === 'failed') {
      mkdirSync(dir, { recursive: true });
      const file = join(dir, `failed-${slug(current.title)}.png`);
      await session.workbench.page.screenshot({ path: file }).catch(() => undefined);
      console.log(`      screenshot of the failure: ${file}`);
    }
  });

  suiteTeardown(async () => {
    if (session) {
      await session.context.close().catch(() => undefined);
      rmSync(session.profile, { recursive: true, force: true });
      session = undefined;
    }
  });

  return () => {
    if (!session) {
      throw new Error('The workbench is not open (suiteSetup failed?)');
    }
    return session.workbench;
  };
}
