import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { lintStrategy } from '../../../src/core/lint';
import type { Log } from '../../../src/host/log';
import { nodeCheckerThreads } from '../../../src/host/nodeChecker';
import { OffThreadChecker, type CheckerThread } from '../../../src/host/offThread';
import { Checker } from '../../../src/worker/checker';
import type { CheckReply, ToChecker } from '../../../src/worker/protocol';
import { exampleTexts } from '../helpers';

const examples = exampleTexts();
const URI = 'file:///strategy.smm.yaml';

/** What a fresh lint of `text` reports, as the thread sends it. */
function fresh(text: string) {
  return JSON.parse(JSON.stringify(lintStrategy(text).problems)) as unknown;
}

/** A log that keeps what it is told, so a test can say nothing was logged. */
function memoryLog(): Log & { errors: string[] } {
  const errors: string[] = [];
  return { errors, error: (context: string) => void errors.push(context) } as unknown as Log & { errors: string[] };
}

describe('the checker thread', () => {
  describe('its work (Checker)', () => {
    it('reports what a fresh lint reports, version after version of one document', () => {
      const checker = new Checker();
      let text = examples[0]!;
      for (let version = 1; version <= 5; version++) {
        const reply = checker.handle({ kind: 'check', id: version, uri: URI, version, text, config: {}, render: false })!;
        assert.equal(reply.failure, undefined);
        assert.deepEqual([reply.id, reply.version], [version, version]);
        assert.deepEqual(JSON.parse(JSON.stringify(reply.problems)), fresh(text));
        text = text.replace('goals:', `goals:\n  - id: added-${version}`);
      }
      assert.deepEqual(checker.documents(), [URI]);
      checker.handle({ kind: 'forget', uri: URI });
      assert.deepEqual(checker.documents(), []);
    });

    it('sends at most the problems an editor shows, the most severe first, and says how many there are', () => {
      const text = `goals:\n${'  - id: g\n'.repeat(2_000)}`;
      const all = lintStrategy(text).problems;
      const reply = new Checker().handle({ kind: 'check', id: 1, uri: URI, version: 1, text, config: {}, render: false, limit: 1000 })!;
      assert.deepEqual(reply.counts, { error: all.filter((p) => p.severity === 'error').length, warning: all.filter((p) => p.severity === 'warning').length, info: all.filter((p) => p.severity === 'info').length });
      assert.equal(reply.problems.length, 1000);
      // None left out is more severe than one sent.
      const rank = (p: { severity: string }) => ['error', 'warning', 'info'].indexOf(p.severity);
      const sent = new Set(reply.problems.map((p) => `${p.rule}@${p.start}`));
      const left = all.filter((p) => !sent.has(`${p.rule}@${p.start}`));
      assert.ok(Math.max(...reply.problems.map(rank)) <= Math.min(...left.map(rank)));
      assert.deepEqual(reply.problems.map((p) => p.start), [...reply.problems].map((p) => p.start).sort((a, b) => a - b));
    });

    it('renders the plan when asked, in the file\'s language', () => {
      const armenian = examples.find((t) => /locale: hy/.test(t))!;
      const reply = new Checker().handle({ kind: 'check', id: 1, uri: URI, version: 1, text: armenian, config: {}, render: true })!;
      assert.equal(reply.plan?.locale, 'hy');
      assert.match(reply.plan.html, /data-line="\d+"/);
      assert.deepEqual(reply.plan.errors, []);
    });

    it('answers a failure instead of throwing, and starts that document afresh', () => {
      const checker = new Checker();
      const config = Object.defineProperty({}, 'rules', { get: () => { throw new Error('unreadable settings'); } });
      const reply = checker.handle({ kind: 'check', id: 7, uri: URI, version: 3, text: examples[0]!, config, render: false })!;
      assert.deepEqual([reply.id, reply.version, reply.problems], [7, 3, []]);
      assert.match(reply.failure ?? '', /unreadable settings/);
      assert.deepEqual(checker.documents(), []);
    });
  });

  describe('the host\'s side (OffThreadChecker)', () => {
    it('round-trips checks through a real worker thread', async function () {
      this.timeout(60_000);
      const dir = mkdtempSync(join(tmpdir(), 'smm-checker-'));
      const script = join(dir, 'checker.js');
      buildSync({ entryPoints: [join(__dirname, '../../../src/worker/main.ts')], outfile: script, bundle: true, platform: 'node', format: 'cjs', logLevel: 'silent' });
      const log = memoryLog();
      const checker = new OffThreadChecker(nodeCheckerThreads(script), log);
      try {
        const replies = await Promise.all(examples.map((text, i) => checker.check({ uri: `file:///${i}.smm.yaml`, version: 1, text, config: {}, render: false })));
        replies.forEach((reply, i) => assert.deepEqual(JSON.parse(JSON.stringify(reply.problems)), fresh(examples[i]!)));
        assert.deepEqual(log.errors, []);
      } finally {
        checker.dispose();
        rmSync(dir, { recursive: true, force: true });
      }
      await assert.rejects(checker.check({ uri: URI, version: 2, text: '', config: {}, render: false }), /closed/);
    });

    it('fails the checks a dead thread owed, and starts a new thread for the next one', async () => {
      const threads: { sent: ToChecker[]; reply(r: CheckReply): void; end(e: unknown): void; terminated: boolean }[] = [];
      const spawn = (): CheckerThread => {
        const thread = { sent: [] as ToChecker[], reply: (_: CheckReply) => {}, end: (_: unknown) => {}, terminated: false };
        threads.push(thread);
        return {
          postMessage: (m) => void thread.sent.push(m),
          listen: (onReply, onEnd) => Object.assign(thread, { reply: onReply, end: onEnd }),
          terminate: () => void (thread.terminated = true),
        };
      };
      const log = memoryLog();
      const checker = new OffThreadChecker(spawn, log);
      const owed = checker.check({ uri: URI, version: 1, text: 'a: 1', config: {}, render: false });
      threads[0]!.end(new Error('out of memory'));
      await assert.rejects(owed, /out of memory/);
      assert.deepEqual(log.errors, ['The checker thread ended']);

      const next = checker.check({ uri: URI, version: 2, text: 'a: 2', config: {}, render: false });
      assert.equal(threads.length, 2);
      const sent = threads[1]!.sent[0]!;
      assert.equal(sent.kind, 'check');
      threads[1]!.reply({ id: sent.kind === 'check' ? sent.id : -1, version: 2, problems: [], counts: { error: 0, warning: 0, info: 0 }, ruleErrors: [], locale: 'en', ms: 1 });
      assert.equal((await next).version, 2);

      checker.dispose();
      assert.equal(threads[1]!.terminated, true);
    });
  });
});
