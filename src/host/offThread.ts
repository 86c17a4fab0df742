import type * as vscode from 'vscode';
import { diffTexts } from '../core/text/change';
import type { Question } from '../core/language/answer';
import type { AnswerReply, AskRequest, CheckReply, CheckRequest, FromChecker, TextEdit, ToChecker, WholeText } from '../worker/protocol';
import { Disposable } from './dispose';
import type { Log } from './log';

/** A checker thread as the host drives it: a Node worker thread or a web worker behind it. */
export interface CheckerThread {
  postMessage(message: ToChecker): void;
  /** Calls `onReply` for each reply, and `onEnd` once if the thread fails or exits by itself. */
  listen(onReply: (reply: FromChecker) => void, onEnd: (error: unknown) => void): void;
  terminate(): void;
}

/** Starts a checker thread; absent where the host cannot start one. */
export type SpawnChecker = () => CheckerThread;

/** What a request asks, with the whole text of its version. */
type Asking<R extends CheckRequest | AskRequest> = Omit<R, 'kind' | 'id' | 'content' | 'question'> & { readonly text: string };
export type Check = Asking<CheckRequest>;
export type Ask = Asking<AskRequest>;

/** A request waiting for its reply; it can be sent again, as an edit or whole. */
interface Pending {
  readonly uri: string;
  readonly version: number;
  readonly text: string;
  message(id: number, content: WholeText | TextEdit): CheckRequest | AskRequest;
  resolve(reply: CheckReply | AnswerReply): void;
  reject(error: unknown): void;
}

/**
 * Lints documents, and answers the editor's questions about them, on a thread of their own, so a
 * large strategy never stalls the extension host's thread, which every extension shares. The
 * thread starts with the first request and is restarted by the next one if it ever ends; requests
 * it had not answered fail, and their callers work on the host instead. After the first request
 * about a document, the thread is sent only what changed since the last one.
 */
export class OffThreadChecker extends Disposable {
  #thread: CheckerThread | undefined;
  #nextId = 1;
  readonly #pending = new Map<number, Pending>();
  /** The last text of each document sent to the current thread: the next one is sent as an edit of it. */
  readonly #sent = new Map<string, { version: number; text: string }>();
  /** Threads in a row that ended before they answered anything (a script that cannot load, say). */
  #stillborn = 0;

  constructor(private readonly spawn: SpawnChecker, private readonly log: Log) {
    super();
    this.register({ dispose: () => this.#stop(new Error('the extension is shutting down')) });
  }

  /**
   * False once two threads in a row ended before answering anything: the thread cannot run here
   * (a browser that refuses the worker's script, say), and callers work on the host's thread
   * rather than start a thread, wait for it to fail and log it, on every keystroke.
   */
  get available(): boolean {
    return !this.isDisposed && this.#stillborn < 2;
  }

  check({ text, ...asked }: Check): Promise<CheckReply> {
    // The thread answers each request with the reply of its kind.
    return this.#ask(asked, text, (id, content) => ({ kind: 'check', id, ...asked, content })) as Promise<CheckReply>;
  }

  /** Asks a question about a document's text, answered from its parse in the thread. */
  ask<Q extends Question>({ text, ...asked }: Ask, question: Q): Promise<AnswerReply<Q['about']>> {
    return this.#ask(asked, text, (id, content) => ({ kind: 'ask', id, ...asked, content, question })) as Promise<AnswerReply<Q['about']>>;
  }

  /** The document closed: its linter in the thread goes too. */
  forget(uri: vscode.Uri | string): void {
    this.#sent.delete(uri.toString());
    this.#thread?.postMessage({ kind: 'forget', uri: uri.toString() });
  }

  #ask({ uri, version }: { uri: string; version: number }, text: string, message: Pending['message']): Promise<CheckReply | AnswerReply> {
    if (this.isDisposed) return Promise.reject(new Error('the checker is closed'));
    return new Promise((resolve, reject) => this.#send({ uri, version, text, message, resolve, reject }, false));
  }

  #send(pending: Pending, whole: boolean): void {
    const thread = (this.#thread ??= this.#start());
    const id = this.#nextId++;
    const { uri, version, text } = pending;
    const last = whole ? undefined : this.#sent.get(uri);
    this.#pending.set(id, pending);
    try {
      thread.postMessage(pending.message(id, last ? editFrom(last, text) : { text }));
      this.#sent.set(uri, { version, text });
    } catch (error) {
      this.#pending.delete(id);
      this.#sent.delete(uri);
      pending.reject(error);
    }
  }

  #start(): CheckerThread {
    const thread = this.spawn();
    let answered = false;
    thread.listen(
      (reply) => {
        answered = true;
        this.#stillborn = 0;
        const pending = this.#pending.get(reply.id);
        this.#pending.delete(reply.id);
        if (!pending) return;
        if ('resend' in reply) this.#send(pending, true);
        else pending.resolve(reply);
      },
      (error) => {
        if (this.#thread !== thread) return;
        if (!answered) this.#stillborn++;
        this.log.error(this.available ? 'The checker thread ended' : 'The checker thread cannot run here: strategies are checked on the host\'s thread', error);
        this.#thread = undefined;
        this.#sent.clear();
        this.#failPending(error);
      },
    );
    return thread;
  }

  #stop(reason: Error): void {
    const thread = this.#thread;
    this.#thread = undefined;
    this.#sent.clear();
    thread?.terminate();
    this.#failPending(reason);
  }

  #failPending(error: unknown): void {
    const pending = [...this.#pending.values()];
    this.#pending.clear();
    for (const p of pending) p.reject(error);
  }
}

/** `text` as an edit of the last text sent, found by comparing the two (fast: they share memory blocks). */
function editFrom(last: { readonly version: number; readonly text: string }, text: string): TextEdit {
  const { start, oldEnd, newEnd } = diffTexts(last.text, text);
  return { base: last.version, start, end: oldEnd, insert: text.slice(start, newEnd) };
}
