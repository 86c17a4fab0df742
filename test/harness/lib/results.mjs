// Test counts: parsing them out of a layer's output and printing them in one plain format.
//
// Every runner ends with a line "<layer>: N passed, N failed[, N skipped]" and writes the same
// counts to artifacts/results/<layer>.json; test/harness/run-all.mjs totals them.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS } from './paths.mjs';

/** Printed by test/integration/support/report.ts inside the extension host; keep in sync. */
export const RESULT_MARKER = '[smm-test-result]';

/** Counts from a RESULT_MARKER line, or undefined. */
export function parseMarker(line) {
  const at = line.indexOf(RESULT_MARKER);
  if (at < 0) return undefined;
  try {
    const { passed, failed, pending } = JSON.parse(line.slice(at + RESULT_MARKER.length));
    return { passed, failed, pending: pending ?? 0 };
  } catch {
    return undefined;
  }
}

/**
 * Accumulates counts from arbitrary output lines: our own "<layer>: N passed, N failed" lines, or
 * mocha reporter summaries ("  12 passing (40ms)", "  1 failing", "  2 pending").
 */
export class CountParser {
  counts = undefined;
  feed(line) {
    const marker = parseMarker(line);
    if (marker) {
      this.counts = marker;
      return;
    }
    const plain = /^\s*[\w-]+: (\d+) passed, (\d+) failed(?:, (\d+) skipped)?\s*$/.exec(line);
    if (plain) {
      this.counts = { passed: Number(plain[1]), failed: Number(plain[2]), pending: Number(plain[3] ?? 0) };
      return;
    }
    const mocha = /^\s*(\d+) (passing|failing|pending)\b/.exec(line);
    if (mocha) {
      this.counts ??= { passed: 0, failed: 0, pending: 0 };
      const key = { passing: 'passed', failing: 'failed', pending: 'pending' }[mocha[2]];
      this.counts[key] = Number(mocha[1]);
    }
  }
}

/** "integration: 3 passed, 0 failed" (+ ", 1 skipped"). */
export function formatCounts(layer, counts) {
  const c = counts ?? { passed: 0, failed: 0, pending: 0 };
  return `${layer}: ${c.passed} passed, ${c.failed} failed${c.pending ? `, ${c.pending} skipped` : ''}`;
}

/** Prints the closing line of a layer and records it in artifacts/results/<layer>.json. */
export function reportLayer(layer, counts, exitCode, extra = {}) {
  // A layer that failed before it could count (crash, timeout, missing build) counts as one failure,
  // so the totals never read "0 failed" for a red run.
  if (exitCode !== 0 && (!counts || counts.failed === 0)) {
    counts = { passed: counts?.passed ?? 0, failed: 1, pending: counts?.pending ?? 0 };
    extra = { ...extra, note: 'failed without a per-test count; counted as 1 failure' };
  }
  const dir = join(ARTIFACTS, 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${layer}.json`), JSON.stringify({ layer, exitCode, ...(counts ?? {}), ...extra }, null, 2) + '\n');
  console.log(formatCounts(layer, counts));
}

/**
 * Runs a layer's `main` (resolving to its exit code) and exits with that code. An unexpected
 * error is reported as a failed layer with exit code 2, so a crashed runner never reads as green.
 */
export function runLayer(layer, main) {
  main().then(
    (code) => process.exit(code),
    (err) => {
      console.error(`[${layer}] ERROR: ${err.stack ?? err.message}`);
      reportLayer(layer, undefined, 2, { error: err.message });
      process.exit(2);
    },
  );
}
