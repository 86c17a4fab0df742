import type { LintConfig } from '../core/config';
import { answer } from '../core/language/answer';
import { Linter, messageLocale, type LintResult } from '../core/lint';
import { countBySeverity, mostSevere } from '../core/mostSevere';
import { PlanRenderer } from '../core/render';
import type { AnswerReply, AskRequest, CheckReply, CheckRequest, FromChecker, ToChecker } from './protocol';

interface HeldDocument {
  readonly linter: Linter;
  readonly renderer: PlanRenderer;
  /** The last text checked, which the next edit is made to. */
  version: number;
  text: string;
  /** The last lint, for a hover on the same text under the same settings. */
  linted?: { readonly text: string; readonly config: string; readonly result: LintResult; readonly ms: number };
}

/**
 * The checker thread's work, apart from the thread itself (so it is tested without one): a
 * linter and a plan renderer per document, kept between requests so an edit costs what it
 * changes, as in the host. A check and the questions about one version share one parse.
 */
export class Checker {
  readonly #documents = new Map<string, HeldDocument>();

  /** Answers a check or a question; nothing for a forget. Never throws: a failure is part of the reply. */
  handle(request: ToChecker): FromChecker | undefined {
    if (request.kind === 'forget') {
      this.#documents.delete(request.uri);
      return undefined;
    }
    try {
      const held = this.#hold(request);
      if (!held) return { id: request.id, resend: true };
      return request.kind === 'check' ? this.#check(request, held) : this.#answer(request, held);
    } catch (error) {
      // The linter may be half-updated: the next request for this document starts afresh.
      this.#documents.delete(request.uri);
      const failure = describe(error);
      if (request.kind === 'ask') return { id: request.id, version: request.version, failure };
      return { id: request.id, version: request.version, problems: [], counts: countBySeverity([]), ruleErrors: [], locale: 'en', ms: 0, failure };
    }
  }

  /** The documents whose linters are held. */
  documents(): string[] {
    return [...this.#documents.keys()];
  }

  /** The document with the request's text, or undefined when it is an edit of a text not held. */
  #hold({ uri, version, content }: CheckRequest | AskRequest): HeldDocument | undefined {
    let held = this.#documents.get(uri);
    let text: string;
    if ('text' in content) text = content.text;
    else if (held?.version === content.base) text = content.start === content.end && content.insert === '' ? held.text : held.text.slice(0, content.start) + content.insert + held.text.slice(content.end);
    else return undefined;
    if (!held) this.#documents.set(uri, (held = { linter: new Linter(), renderer: new PlanRenderer(), version, text }));
    held.version = version;
    held.text = text;
    return held;
  }

  #answer({ id, version, config, question }: AskRequest, held: HeldDocument): AnswerReply {
    const doc = held.linter.parse(held.text);
    const locale = messageLocale(doc, config);
    return { id, version, locale, answer: answer(question, { doc, locale, config, problems: () => this.#lint(held, config).result.problems }) };
  }

  /** The lint of the held text, and how long it took (made once per text and settings). */
  #lint(held: HeldDocument, config: LintConfig): { readonly result: LintResult; readonly ms: number } {
    const settings = JSON.stringify(config);
    if (held.linted?.text === held.text && held.linted.config === settings) return held.linted;
    const started = performance.now();
    const result = held.linter.lint(held.text, config);
    held.linted = { text: held.text, config: settings, result, ms: performance.now() - started };
    return held.linted;
  }

  #check({ id, version, config, render, limit }: CheckRequest, held: HeldDocument): CheckReply {
    const { result, ms } = this.#lint(held, config);
    const ruleErrors = result.ruleErrors.map(({ rule, error }) => ({ rule, error: describe(error) }));
    // Tens of thousands of problems take the host longer to receive than to find: send what it shows.
    const problems = limit === undefined ? result.problems : mostSevere(result.problems, limit);
    const reply: CheckReply = { id, version, problems, counts: countBySeverity(result.problems), ruleErrors, locale: result.locale, ms };
    if (!render) return reply;
    const plan = held.renderer.render(result);
    return { ...reply, plan: { html: plan.html, locale: plan.locale, errors: plan.errors.map(({ part, error }) => ({ part, error: describe(error) })) } };
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
}
