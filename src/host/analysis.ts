import * as vscode from 'vscode';
import type { LintConfig } from '../core/config';
import { Linter, lintStrategy, messageLocale, type LintResult } from '../core/lint';
import type { Locale } from '../core/i18n/locale';
import { answer, type Answers, type Question } from '../core/language/answer';
import type { StrategyDocument } from '../core/model/document';
import { countBySeverity } from '../core/mostSevere';
import type { PlanRenderer } from '../core/render';
import type { CheckOutcome } from '../worker/protocol';
import { lintConfigFor } from './config';
import { Disposable } from './dispose';
import { textOf } from './documentText';
import type { Log } from './log';
import { OffThreadChecker, type SpawnChecker } from './offThread';

/**
 * From this size on, a document is checked on the checker thread when there is one: its first
 * lint takes longer than a frame (about 60 ms at 100,000 characters on a laptop).
 */
export const OFF_THREAD_CHARS = 100_000;
/** VS Code shows at most this many problems of a file: more are neither sent nor published. */
export const SHOWN_PROBLEMS = 1000;
/** How long one slice of parsing a large document may hold the host's thread. */
const SLICE_MS = 15;

export interface Analysis {
  readonly uri: vscode.Uri;
  readonly version: number;
  readonly result: LintResult;
  /** Wall time of the lint in milliseconds, for the language status item. */
  readonly ms: number;
}

/**
 * The problems of one version of a document, wherever they were found: all of them, or the most
 * severe `SHOWN_PROBLEMS` of a large document. `ms` is shown by the language status item.
 */
export interface Checked extends CheckOutcome {
  readonly uri: vscode.Uri;
  readonly ruleErrors: readonly { readonly rule: string; readonly error: unknown }[];
  /** Whether the checker thread found them (the host's thread was free meanwhile). */
  readonly offThread: boolean;
}

/**
 * The single place open strategy documents are linted: a large one on the checker thread (see
 * `check`), the others here. Results are cached per document version, so the diagnostics,
 * completion, hover, code actions and symbols of one keystroke share one parse.
 * Each open document keeps its own `Linter`, whose item cache makes re-linting after an edit
 * cheap; both are dropped when the document closes. Files that are not open are none of its
 * business: what they need is linted once and thrown away (see `DiagnosticsManager.publishFile`).
 */
export class StrategyAnalysis extends Disposable {
  readonly #linters = new Map<string, Linter>();
  readonly #latest = new Map<string, Analysis>();
  readonly #onDidChangeSettings = this.register(new vscode.EventEmitter<vscode.ConfigurationChangeEvent>());
  /**
   * A `smm.` setting changed, and the results linted under the old settings are gone: what a
   * listener asks for now is linted under the new ones. Re-lint on this event, never on
   * `onDidChangeConfiguration` itself, whose listeners run in the order they were added.
   */
  readonly onDidChangeSettings = this.#onDidChangeSettings.event;
  readonly #offThread: OffThreadChecker | undefined;
  /** The last check of each large document, shared by the callers of one version. */
  readonly #checks = new Map<string, { version: number; render: boolean; reply: Promise<Checked> }>();

  constructor(private readonly log: Log, spawnChecker?: SpawnChecker) {
    super();
    this.#offThread = spawnChecker && this.register(new OffThreadChecker(spawnChecker, log));
    this.register(vscode.workspace.onDidCloseTextDocument((d) => this.#forget(d.uri)));
    this.register(vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration('smm')) return;
      this.#latest.clear();
      this.#checks.clear();
      this.#onDidChangeSettings.fire(e);
    }));
  }

  /** The analysis of the document as it is now (cached when its version has not moved). */
  analyze(document: vscode.TextDocument): Analysis {
    const key = document.uri.toString();
    const cached = this.#latest.get(key);
    if (cached && cached.version === document.version) return cached;
    const linter = this.#linter(document);
    const started = performance.now();
    const result = linter.lint(textOf(document), lintConfigFor(document));
    const analysis: Analysis = { uri: document.uri, version: document.version, result, ms: performance.now() - started };
    // A document closed while a provider still held it would never be forgotten: keep nothing.
    if (!document.isClosed) this.#latest.set(key, analysis);
    return analysis;
  }

  /**
   * The problems of the document as it is now, and its plan when a renderer is given. A large
   * document is checked on the checker thread, and the host's thread stays free meanwhile; a
   * small one, or any when there is no thread, here and now. Callers compare `version` with the
   * document's before they use the answer: the text may have moved on while it was computed.
   */
  check(document: vscode.TextDocument, renderer?: PlanRenderer): Promise<Checked> {
    const offThread = this.#usableThread();
    const key = document.uri.toString();
    const render = !!renderer;
    const last = this.#checks.get(key);
    if (last && last.version === document.version && (last.render || !render)) return last.reply;
    const text = textOf(document);
    if (!offThread || text.length < OFF_THREAD_CHARS) return Promise.resolve(this.#checkHere(document, renderer));
    const { version } = document;
    // From now on its questions are answered on the thread too: the host's parse of a smaller
    // version of it would only take memory.
    this.#linters.delete(key);
    this.#latest.delete(key);
    const reply = offThread
      .check({ uri: key, version, text, config: plainConfig(document), render, ...(render ? {} : { limit: SHOWN_PROBLEMS }) })
      .then((r): Checked => {
        if (r.failure !== undefined) throw new Error(r.failure);
        return { uri: document.uri, version, problems: r.problems, counts: r.counts, ruleErrors: r.ruleErrors, locale: r.locale, ms: r.ms, offThread: true, ...(r.plan ? { plan: r.plan } : {}) };
      })
      .catch((error: unknown) => {
        // The thread failed: check here rather than not at all.
        this.log.error(`The checker thread could not check ${key}`, error);
        return this.#checkHere(document, renderer);
      });
    if (!document.isClosed) this.#checks.set(key, { version, render, reply });
    return reply;
  }

  /**
   * The problems of a file that is not open (workspace-wide linting), linted once and forgotten:
   * on the checker thread when it is large, like an open document.
   */
  async checkFile(uri: vscode.Uri, text: string, config: LintConfig): Promise<Pick<Checked, 'problems' | 'counts' | 'ruleErrors' | 'locale'>> {
    const offThread = this.#usableThread();
    if (offThread && text.length >= OFF_THREAD_CHARS) {
      // Its own linter in the thread, apart from an editor's of the same file, and dropped after.
      const key = `workspace-lint:${uri.toString()}`;
      try {
        const reply = await offThread.check({ uri: key, version: 0, text, config: JSON.parse(JSON.stringify(config)) as LintConfig, render: false, limit: SHOWN_PROBLEMS });
        if (reply.failure === undefined) return reply;
        this.log.error(`The checker thread could not check ${uri.toString()}`, reply.failure);
      } catch (error) {
        // The thread failed: lint here rather than not at all.
        this.log.error(`The checker thread could not check ${uri.toString()}`, error);
      } finally {
        offThread.forget(key);
      }
    }
    const result = lintStrategy(text, config);
    return { ...result, counts: countBySeverity(result.problems) };
  }

  /**
   * The answer to an editor's question about the document as it is now, and the file's language.
   * A large document is answered on the checker thread, which keeps its parse up per edit for its
   * checks: typing then costs the host's thread no parse at all for the outline, completion, hover
   * and quick fixes VS Code asks for after every keystroke. A small one, or any when the thread
   * fails, is answered here. Callers compare the document's version before they use the answer.
   */
  async ask<Q extends Question>(document: vscode.TextDocument, question: Q): Promise<{ readonly answer: Answers[Q['about']]; readonly locale: Locale }> {
    const offThread = this.#usableThread();
    const text = textOf(document);
    if (offThread && text.length >= OFF_THREAD_CHARS) {
      const uri = document.uri.toString();
      try {
        const reply = await offThread.ask({ uri, version: document.version, text, config: plainConfig(document) }, question);
        if ('answer' in reply) return reply;
        this.log.error(`The checker thread could not answer (${question.about}) for ${uri}`, reply.failure);
      } catch (error) {
        this.log.error(`The checker thread could not answer (${question.about}) for ${uri}`, error);
      }
    }
    const { doc, locale } = await this.#parsedSoon(document);
    const config = lintConfigFor(document);
    return { answer: answer(question, { doc, locale, config, problems: () => this.analyze(document).result.problems }), locale };
  }

  /** The last check of a document: what the Problems pane shows of it, and where it was made. */
  async lastCheck(uri: string): Promise<{ version: number; ms: number; offThread: boolean } | undefined> {
    const pending = this.#checks.get(uri)?.reply;
    const checked = pending ? await pending : undefined;
    const here = this.#latest.get(uri);
    if (checked && (!here || here.version <= checked.version)) return { version: checked.version, ms: checked.ms, offThread: checked.offThread };
    return here && { version: here.version, ms: here.ms, offThread: false };
  }

  #checkHere(document: vscode.TextDocument, renderer: PlanRenderer | undefined): Checked {
    const { uri, version, result, ms } = this.analyze(document);
    const checked: Checked = { uri, version, problems: result.problems, counts: countBySeverity(result.problems), ruleErrors: result.ruleErrors, locale: result.locale, ms, offThread: false };
    if (!renderer) return checked;
    const plan = renderer.render(result);
    return { ...checked, plan: { html: plan.html, locale: plan.locale, errors: plan.errors.map(({ part, error }) => ({ part, error: String(error instanceof Error ? (error.stack ?? error) : error) })) } };
  }

  /** The parsed document as it is now, without running the checks (for the file's language, say). */
  parsed(document: vscode.TextDocument): { readonly doc: StrategyDocument; readonly locale: Locale } {
    const cached = this.#latest.get(document.uri.toString());
    if (cached && cached.version === document.version) return { doc: cached.result.document, locale: cached.result.locale };
    const doc = this.#linter(document).parse(textOf(document));
    return { doc, locale: messageLocale(doc, lintConfigFor(document)) };
  }

  /**
   * As `parsed`, but a large text that is not parsed yet is first parsed in slices, between which
   * the host's thread is free: where there is no checker thread to answer for a large document.
   */
  async #parsedSoon(document: vscode.TextDocument): Promise<{ readonly doc: StrategyDocument; readonly locale: Locale }> {
    const linter = this.#linter(document);
    for (let text = textOf(document); text.length >= OFF_THREAD_CHARS; text = textOf(document)) {
      const deadline = performance.now() + SLICE_MS;
      if (linter.prepare(text, () => performance.now() < deadline)) break;
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (document.isClosed) break;
    }
    return this.parsed(document);
  }

  /** Whether the host's thread holds a parse of the document (a large one's is made on the checker thread instead). */
  parsedHere(uri: string): boolean {
    return this.#linters.has(uri);
  }

  /** The documents whose parse and linter are held in memory: the open ones that were analysed. */
  cachedDocuments(): string[] {
    return [...new Set([...this.#linters.keys(), ...this.#latest.keys(), ...this.#checks.keys()])];
  }

  /** The checker thread, unless there is none or it cannot run here. */
  #usableThread(): OffThreadChecker | undefined {
    return this.#offThread?.available ? this.#offThread : undefined;
  }

  #linter(document: vscode.TextDocument): Linter {
    if (document.isClosed) return new Linter();
    const key = document.uri.toString();
    let linter = this.#linters.get(key);
    if (!linter) this.#linters.set(key, (linter = new Linter()));
    return linter;
  }

  #forget(uri: vscode.Uri): void {
    this.#linters.delete(uri.toString());
    this.#latest.delete(uri.toString());
    this.#checks.delete(uri.toString());
    this.#offThread?.forget(uri);
  }
}

/** The document's lint settings as plain data, for the thread: VS Code's may be proxies, which cannot be cloned. */
function plainConfig(document: vscode.TextDocument): LintConfig {
  const { enabled: _, ...config } = lintConfigFor(document);
  return JSON.parse(JSON.stringify(config)) as LintConfig;
}
