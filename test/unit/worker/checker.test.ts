import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { completionsAt } from '../../../src/core/language/completion';
import { codeActionPlan, fixAll } from '../../../src/core/language/fixes';
import { hoverAt } from '../../../src/core/language/hover';
import { findDefinitions, findReferences, prepareRename, renameEdits } from '../../../src/core/language/navigation';
import { outline, type OutlineSymbol } from '../../../src/core/language/symbols';
import { lintStrategy } from '../../../src/core/lint';
import { StrategyDocument } from '../../../src/core/model/document';
import type { Log } from '../../../src/host/log';
import { nodeCheckerThreads } from '../../../src/host/nodeChecker';
import { OffThreadChecker, type CheckerThread } from '../../../src/host/offThread';
import { Checker } from '../../../src/worker/checker';
import type { Question } from '../../../src/core/language/answer';
import type { AskRequest, CheckReply, FromChecker, ToChecker } from '../../../src/worker/protocol';
import { exampleTexts } from '../helpers';

const examples = exampleTexts();
const URI = 'file:///strategy.smm.yaml';

/** What a fresh lint of `text` reports, as the thread sends it. */
function fresh(text: string) {
  return JSON.parse(JSON.stringify(lintStrategy(text).problems)) as unknown;
}

/** The reply to a check, which must not ask for the whole text. */
function checked(reply: FromChecker | undefined): CheckReply {
  assert.ok(reply && 'problems' in reply, `a check reply, not ${JSON.stringify(reply)}`);
  return reply;
}

/** A log that keeps what it is told, so a test can say nothing was logged. */
function memoryLog(): Log & { errors: string[] } {
  const errors: string[] = [];
  return { errors, error: (context: string) => void errors.push(context) } as unknown as Log & { errors: string[] };
}

function contentOf(message: ToChecker | undefined): unknown {
  assert.equal(message?.kind, 'check');
  return message.content;
}

describe('the checker thread', () => {
  describe('its work (Checker)', () => {
    it('reports what a fresh lint reports, version after version of one document', () => {
      const checker = new Checker();
      let text = examples[0]!;
      for (let version = 1; version <= 5; version++) {
        const reply = checked(checker.handle({ kind: 'check', id: version, uri: URI, version, content: { text }, config: {}, render: false }));
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
      const reply = checked(new Checker().handle({ kind: 'check', id: 1, uri: URI, version: 1, content: { text }, config: {}, render: false, limit: 1000 }));
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
      const reply = checked(new Checker().handle({ kind: 'check', id: 1, uri: URI, version: 1, content: { text: armenian }, config: {}, render: true }));
      assert.equal(reply.plan?.locale, 'hy');
      assert.match(reply.plan.html, /data-line="\d+"/);
      assert.deepEqual(reply.plan.errors, []);
    });

    it('answers a failure instead of throwing, and starts that document afresh', () => {
      const checker = new Checker();
      const config = Object.defineProperty({}, 'rules', { get: () => { throw new Error('unreadable settings'); } });
      const reply = checked(checker.handle({ kind: 'check', id: 7, uri: URI, version: 3, content: { text: examples[0]! }, config, render: false }));
      assert.deepEqual([reply.id, reply.version, reply.problems], [7, 3, []]);
      assert.match(reply.failure ?? '', /unreadable settings/);
      assert.deepEqual(checker.documents(), []);
      // Its text went too: an edit of it cannot be applied, and the whole text is asked for.
      assert.deepEqual(checker.handle({ kind: 'check', id: 8, uri: URI, version: 4, content: { base: 3, start: 0, end: 0, insert: '#' }, config: {}, render: false }), { id: 8, resend: true });
    });

    it('answers outline, completion and hover on the text it holds as the core does on that text', () => {
      const checker = new Checker();
      const armenian = examples.find((t) => /locale: hy/.test(t))!;
      checked(checker.handle({ kind: 'check', id: 1, uri: URI, version: 1, content: { text: armenian }, config: {}, render: false }));
      const ask = (id: number, question: Question, content: AskRequest['content'] = { base: 2, start: 0, end: 0, insert: '' }) => {
        const reply = checker.handle({ kind: 'ask', id, uri: URI, version: 2, content, config: {}, question });
        assert.ok(reply && 'answer' in reply, JSON.stringify(reply));
        return reply.answer;
      };
      // An edit that adds a problem, for the hover to explain.
      const edited = `${armenian}\nextra_key: 1\n`;
      const outlined = ask(2, { about: 'outline' }, { base: 1, start: armenian.length, end: armenian.length, insert: '\nextra_key: 1\n' });
      const doc = new StrategyDocument(edited);
      assert.deepEqual(outlined, outline(doc, 'hy'));
      // Ranges are lines and characters: the first section starts at the first line that is a key.
      assert.deepEqual((outlined as OutlineSymbol[])[0]?.range.start, { line: edited.split('\n').findIndex((l) => /^\w/.test(l)), character: 0 });

      const atType = edited.indexOf('type: ') + 'type: '.length;
      assert.deepEqual(ask(3, { about: 'completion', offset: atType }), completionsAt(doc, atType, { locale: 'hy' }));
      const linted = lintStrategy(edited);
      const atProblem = edited.indexOf('extra_key');
      assert.ok(linted.problems.some((p) => p.start <= atProblem && atProblem < p.end));
      assert.deepEqual(ask(4, { about: 'hover', offset: atProblem }), hoverAt(linted.document, atProblem, linted.problems, 'hy'));
      assert.ok(ask(5, { about: 'hover', offset: atType }));
    });

    it('answers code actions and "fix all" as the core does on that text', () => {
      // A misspelt goal type: one obvious, safe fix.
      const text = 'version: 1\nbrand: { name: B }\ngoals:\n  - id: g\n    type: awarenes\n';
      const checker = new Checker();
      checked(checker.handle({ kind: 'check', id: 1, uri: URI, version: 1, content: { text }, config: {}, render: false }));
      const linted = lintStrategy(text);
      const fixable = linted.problems.find((p) => p.data?.replacement !== undefined)!;
      const span = { start: fixable.start, end: fixable.start };
      const reply = checker.handle({ kind: 'ask', id: 2, uri: URI, version: 1, content: { text }, config: {}, question: { about: 'fixes', problems: [fixable], span, shown: linted.problems, fixAll: true } });
      assert.ok(reply && 'answer' in reply, JSON.stringify(reply));
      const expected = codeActionPlan(linted.document, [fixable], span, linted.problems, { locale: linted.locale, fixAll: true });
      assert.deepEqual(reply.answer, expected);
      assert.ok(expected.fixable > 0 && expected.menu.some((e) => e.problem === 0 && e.fix.safe));

      const all = checker.handle({ kind: 'ask', id: 3, uri: URI, version: 1, content: { text }, config: {}, question: { about: 'fixAll', problems: linted.problems } });
      assert.ok(all && 'answer' in all, JSON.stringify(all));
      assert.deepEqual(all.answer, fixAll(linted.document, linted.problems, { locale: linted.locale, config: {} }).edits);
      assert.ok((all.answer as readonly unknown[]).length > 0);
    });

    it('answers go to definition, find references and rename as the core does', () => {
      const text = examples[0]!;
      const { document: doc, locale } = lintStrategy(text);
      const checker = new Checker();
      const ask = (id: number, question: Question) => {
        const reply = checker.handle({ kind: 'ask', id, uri: URI, version: 1, content: { text }, config: {}, question });
        assert.ok(reply && 'answer' in reply, JSON.stringify(reply));
        return reply.answer;
      };
      // A goal id where a channel refers to it.
      const goalId = /^\s+- id: (\S+)/m.exec(text.slice(text.indexOf('goals:')))![1]!;
      const use = text.indexOf(goalId, text.indexOf('channels:'));
      assert.ok(use > 0);
      assert.deepEqual(ask(1, { about: 'definitions', offset: use }), findDefinitions(doc, use));
      assert.equal((ask(1, { about: 'definitions', offset: use }) as readonly unknown[]).length, 1);
      assert.deepEqual(ask(2, { about: 'references', offset: use, includeDeclaration: true }), findReferences(doc, use, true));
      // Refusals are in the file's language.
      assert.deepEqual(ask(3, { about: 'prepareRename', offset: use }), prepareRename(doc, use, locale));
      assert.deepEqual(ask(4, { about: 'rename', offset: use, newName: 'renamed-goal' }), renameEdits(doc, use, 'renamed-goal', locale));
      assert.deepEqual(ask(5, { about: 'rename', offset: use, newName: 'Not An Id' }), renameEdits(doc, use, 'Not An Id', locale));
    });

    it('applies edits to the text it last checked, as a fresh lint of the edited text reports', () => {
      const checker = new Checker();
      let text = examples[0]!;
      checked(checker.handle({ kind: 'check', id: 1, uri: URI, version: 1, content: { text }, config: {}, render: false }));
      const at = text.indexOf('goals:');
      const edits = [{ start: at, end: at, insert: '# note\n' }, { start: at + 2, end: at + 6, insert: 'remark' }, { start: 0, end: 0, insert: '' }];
      edits.forEach((edit, i) => {
        text = text.slice(0, edit.start) + edit.insert + text.slice(edit.end);
        const reply = checked(checker.handle({ kind: 'check', id: i + 2, uri: URI, version: i + 2, content: { base: i + 1, ...edit }, config: {}, render: false }));
        assert.deepEqual(JSON.parse(JSON.stringify(reply.problems)), fresh(text));
      });
      // An edit of a version it never saw is not guessed at.
      assert.deepEqual(checker.handle({ kind: 'check', id: 9, uri: URI, version: 9, content: { base: 7, start: 0, end: 0, insert: '#' }, config: {}, render: false }), { id: 9, resend: true });
      assert.deepEqual(checker.handle({ kind: 'check', id: 10, uri: 'file:///other.smm.yaml', version: 2, content: { base: 1, start: 0, end: 0, insert: '#' }, config: {}, render: false }), { id: 10, resend: true });
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
        // Typing: each version reaches the thread as an edit of the one before.
        let text = examples[0]!;
        const at = text.indexOf('\n') + 1;
        for (let version = 2; version < 6; version++) {
          text = `${text.slice(0, at)}#${text.slice(at)}`;
          const reply = await checker.check({ uri: 'file:///0.smm.yaml', version, text, config: {}, render: false });
          assert.deepEqual([reply.version, JSON.parse(JSON.stringify(reply.problems))], [version, fresh(text)]);
        }
        assert.deepEqual(log.errors, []);
      } finally {
        checker.dispose();
        rmSync(dir, { recursive: true, force: true });
      }
      await assert.rejects(checker.check({ uri: URI, version: 2, text: '', config: {}, render: false }), /closed/);
    });

    it('fails the checks a dead thread owed, and starts a new thread for the next one', async () => {
      const threads: { sent: ToChecker[]; reply(r: FromChecker): void; end(e: unknown): void; terminated: boolean }[] = [];
      const spawn = (): CheckerThread => {
        const thread = { sent: [] as ToChecker[], reply: (_: FromChecker) => {}, end: (_: unknown) => {}, terminated: false };
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

      // The new thread never saw the text: it is sent whole, then only what changes.
      const next = checker.check({ uri: URI, version: 2, text: 'a: 2', config: {}, render: false });
      assert.equal(threads.length, 2);
      const answer = (thread: (typeof threads)[number], version: number) => {
        const sent = thread.sent.at(-1)!;
        assert.equal(sent.kind, 'check');
        thread.reply({ id: sent.kind === 'check' ? sent.id : -1, version, problems: [], counts: { error: 0, warning: 0, info: 0 }, ruleErrors: [], locale: 'en', ms: 1 });
      };
      assert.deepEqual(contentOf(threads[1]!.sent[0]), { text: 'a: 2' });
      answer(threads[1]!, 2);
      assert.equal((await next).version, 2);

      const edited = checker.check({ uri: URI, version: 3, text: 'a: 23', config: {}, render: false });
      assert.deepEqual(contentOf(threads[1]!.sent[1]), { base: 2, start: 4, end: 4, insert: '3' });
      // The thread lost that text: the same check goes again, whole.
      const asked = threads[1]!.sent[1]!;
      threads[1]!.reply({ id: asked.kind === 'check' ? asked.id : -1, resend: true });
      assert.deepEqual(contentOf(threads[1]!.sent[2]), { text: 'a: 23' });
      answer(threads[1]!, 3);
      assert.equal((await edited).version, 3);
      // One thread that died before answering is not enough to give up on threads.
      assert.equal(checker.available, true);

      checker.dispose();
      assert.equal(threads[1]!.terminated, true);
    });

    it('stops starting threads after two in a row ended without answering, and says so once each', async () => {
      let started = 0;
      const ends: ((error: unknown) => void)[] = [];
      const spawn = (): CheckerThread => {
        started++;
        return { postMessage: () => {}, listen: (_, onEnd) => void ends.push(onEnd), terminate: () => {} };
      };
      const log = memoryLog();
      const checker = new OffThreadChecker(spawn, log);
      for (let i = 0; i < 2; i++) {
        const owed = checker.check({ uri: URI, version: i, text: 'a: 1', config: {}, render: false });
        ends[i]!(new Error('script blocked'));
        await assert.rejects(owed, /script blocked/);
      }
      assert.equal(started, 2);
      assert.equal(checker.available, false);
      assert.deepEqual(log.errors, ['The checker thread ended', 'The checker thread cannot run here: strategies are checked on the host\'s thread']);
      checker.dispose();
    });
  });
});
