// The messages between the extension host and the checker thread. Plain data only: they cross
// a thread boundary by structured clone.
import type { LintConfig } from '../core/config';
import type { Locale } from '../core/i18n/locale';
import type { Answers, Question } from '../core/language/answer';
import type { Problem, Severity } from '../core/problem';

/** Lint a document's text (and render its plan when asked), as its linter last saw it plus this edit. */
export interface CheckRequest {
  readonly kind: 'check';
  readonly id: number;
  /** The document's identity: each one keeps its own linter, and so its caches, in the thread. */
  readonly uri: string;
  readonly version: number;
  /** The text of this version: whole, or as an edit of the last text of this document the thread was sent. */
  readonly content: WholeText | TextEdit;
  readonly config: LintConfig;
  readonly render: boolean;
  /** At most this many problems come back, the most severe (an editor shows no more); all when absent. */
  readonly limit?: number;
}

/**
 * A question about one version of a document, answered from its parse in the thread: what the
 * editor asks while the user types (outline, completion, hover), so that a large document is
 * never parsed on the host's thread for it.
 */
export interface AskRequest {
  readonly kind: 'ask';
  readonly id: number;
  readonly uri: string;
  readonly version: number;
  readonly content: WholeText | TextEdit;
  /** For the file's language, and the problems a hover explains. */
  readonly config: LintConfig;
  readonly question: Question;
}

export interface WholeText {
  readonly text: string;
}

/**
 * `[start, end)` of the text of version `base` replaced by `insert`. A keystroke in a 2 MB file
 * then crosses to the thread as one character, not as a fresh copy of the file.
 */
export interface TextEdit {
  readonly base: number;
  readonly start: number;
  readonly end: number;
  readonly insert: string;
}

/** The document closed: drop its linter. */
export interface ForgetRequest {
  readonly kind: 'forget';
  readonly uri: string;
}

export type ToChecker = CheckRequest | AskRequest | ForgetRequest;

/** What the host needs of a rendered plan (the webview's HTML). */
export interface CheckedPlan {
  readonly html: string;
  readonly locale: Locale;
  readonly errors: readonly { readonly part: string; readonly error: string }[];
}

/** The problems of one version of a text, wherever they were found: the thread's reply and the host's `Checked`. */
export interface CheckOutcome {
  readonly version: number;
  /** All of them, or the most severe of them when a limit was asked for. */
  readonly problems: readonly Problem[];
  /** How many problems there are of each severity, those beyond the limit included. */
  readonly counts: Readonly<Record<Severity, number>>;
  readonly locale: Locale;
  /** How long the lint took, in milliseconds. */
  readonly ms: number;
  /** The rendered plan, when asked for. */
  readonly plan?: CheckedPlan;
}

/** The outcome of a check: the problems of that version of the text, or why there are none. */
export interface CheckReply extends CheckOutcome {
  readonly id: number;
  /** Rules that threw, with their error as text (an Error does not cross threads whole). */
  readonly ruleErrors: readonly { readonly rule: string; readonly error: string }[];
  /** Set when the check itself failed; the rest is then empty. */
  readonly failure?: string;
}

/** The answer to a question, in the file's language, or why there is none. */
export type AnswerReply<K extends Question['about'] = Question['about']> =
  | { readonly id: number; readonly version: number; readonly answer: Answers[K]; readonly locale: Locale }
  | { readonly id: number; readonly version: number; readonly failure: string };

/** The thread does not have the text an edit was made to (it restarted, or dropped it after a failure): send it whole. */
export interface ResendReply {
  readonly id: number;
  readonly resend: true;
}

export type FromChecker = CheckReply | AnswerReply | ResendReply;
