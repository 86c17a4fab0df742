import { Linter } from '../core/lint';
import { countBySeverity, mostSevere } from '../core/mostSevere';
import { PlanRenderer } from '../core/render';
import type { CheckReply, CheckRequest, FromChecker, ToChecker } from './protocol';

interface HeldDocument {
  readonly linter: Linter;
  readonly renderer: PlanRenderer;
  /** The last text checked, which the next edit is made to. */
  version: number;
  text: string;
}

/**
 * The checker thread's work, apart from the thread itself (so it is tested without one): a
 * linter and a plan renderer per document, kept between requests so an edit costs what it
 * changes, as in the host.
 */
export class Checker {
  readonly #documents = new Map<string, HeldDocument>();

  /** Answers a check; nothing for a forget. Never throws: a failure is part of the reply. */
  handle(request: ToChecker): FromChecker | undefined {
    if (request.kind === 'forget') {
      this.#documents.delete(request.uri);
      return undefined;
    }
    try {
      return this.#check(request);
    } catch (error) {
      // The linter may be half-updated: the next check of this document starts afresh.
      this.#documents.delete(request.uri);
      return { id: request.id, version: request.version, problems: [], counts: countBySeverity([]), ruleErrors: [], locale: 'en', ms: 0, failure: describe(error) };
    }
  }

  /** The documents whose linters are held. */
  documents(): string[] {
    return [...this.#documents.keys()];
  }

  #check({ id, uri, version, content, config, render, limit }: CheckRequest): FromChecker {
    let held = this.#documents.get(uri);
    let text: string;
    if ('text' in content) text = content.text;
    else if (held?.version === content.base) text = held.text.slice(0, content.start) + content.insert + held.text.slice(content.end);
    else return { id, resend: true };
    if (!held) this.#documents.set(uri, (held = { linter: new Linter(), renderer: new PlanRenderer(), version, text }));
    held.version = version;
    held.text = text;
    const started = performance.now();
    const result = held.linter.lint(text, config);
    const ms = performance.now() - started;
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
