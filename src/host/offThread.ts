import type * as vscode from 'vscode';
import { diffTexts } from '../core/text/change';
import type { CheckReply, CheckRequest, FromChecker, TextEdit, ToChecker } from '../worker/protocol';
import { Disposable } from './dispose';
import type { Log } from './log';

/** A checker thread as the host drives it: Node's worker threads behind it, or none at all. */
export interface CheckerThread {
  postMessage(message: ToChecker): void;
  /** Calls `onReply` for each reply, and `onEnd` once if the thread fails or exits by itself. */
  listen(onReply: (reply: FromChecker) => void, onEnd: (error: unknown) => void): void;
  terminate(): void;
}

/** Starts a checker thread; absent where the host cannot start one. */
export type SpawnChecker = () => CheckerThread;

/** What a check asks, with the whole text of its version. */
export type Check = Omit<CheckRequest, 'kind' | 'id' | 'content'> & { readonly text: string };

/**
 * Lints documents on a thread of their own, so a large strategy never stalls the extension
 * host's thread, which every extension shares. The thread starts with the first check and is
 * restarted by the next one if it ever ends; checks it had not answered fail, and their callers
 * check in the host instead. After the first check of a document, the thread is sent only what
 * changed since the last one.
 */
export class OffThreadChecker extends Disposable {
  #thread: CheckerThread | undefined;
  #nextId = 1;
  readonly #pending = new Map<number, { check: Check; resolve(reply: CheckReply): void; reject(error: unknown): void }>();
  /** The last text of each document sent to the current thread: the next one is sent as an edit of it. */
  readonly #sent = new Map<string, { version: number; text: string }>();

  constructor(private readonly spawn: SpawnChecker, private readonly log: Log) {
    super();
    this.register({ dispose: () => this.#stop(new Error('the extension is shutting down')) });
  }

  check(check: Check): Promise<CheckReply> {
    if (this.isDisposed) return Promise.reject(new Error('the checker is closed'));
    return new Promise<CheckReply>((resolve, reject) => this.#send({ check, resolve, reject }, false));
  }

  /** The document closed: its linter in the thread goes too. */
  forget(uri: vscode.Uri | string): void {
    this.#sent.delete(uri.toString());
    this.#thread?.postMessage({ kind: 'forget', uri: uri.toString() });
  }

  #send(pending: { check: Check; resolve(reply: CheckReply): void; reject(error: unknown): void }, whole: boolean): void {
    const thread = (this.#thread ??= this.#start());
    const id = this.#nextId++;
    const { text, ...rest } = pending.check;
    const last = whole ? undefined : this.#sent.get(rest.uri);
    this.#pending.set(id, pending);
    try {
      thread.postMessage({ kind: 'check', id, ...rest, content: last ? editFrom(last, text) : { text } });
      this.#sent.set(rest.uri, { version: rest.version, text });
    } catch (error) {
      this.#pending.delete(id);
      this.#sent.delete(rest.uri);
      pending.reject(error);
    }
  }

  #start(): CheckerThread {
    const thread = this.spawn();
    thread.listen(
      (reply) => {
        const pending = this.#pending.get(reply.id);
        this.#pending.delete(reply.id);
        if (!pending) return;
        if ('resend' in reply) this.#send(pending, true);
        else pending.resolve(reply);
      },
      (error) => {
        if (this.#thread !== thread) return;
        this.log.error('The checker thread ended', error);
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
