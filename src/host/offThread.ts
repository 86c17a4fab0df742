import type * as vscode from 'vscode';
import type { CheckReply, CheckRequest, ToChecker } from '../worker/protocol';
import { Disposable } from './dispose';
import type { Log } from './log';

/** A checker thread as the host drives it: Node's worker threads behind it, or none at all. */
export interface CheckerThread {
  postMessage(message: ToChecker): void;
  /** Calls `onReply` for each reply, and `onEnd` once if the thread fails or exits by itself. */
  listen(onReply: (reply: CheckReply) => void, onEnd: (error: unknown) => void): void;
  terminate(): void;
}

/** Starts a checker thread; absent where the host cannot start one (the web build, for now). */
export type SpawnChecker = () => CheckerThread;

/**
 * Lints documents on a thread of their own, so a large strategy never stalls the extension
 * host's thread, which every extension shares. The thread starts with the first check and is
 * restarted by the next one if it ever ends; checks it had not answered fail, and their callers
 * check in the host instead.
 */
export class OffThreadChecker extends Disposable {
  #thread: CheckerThread | undefined;
  #nextId = 1;
  readonly #pending = new Map<number, { resolve(reply: CheckReply): void; reject(error: unknown): void }>();

  constructor(private readonly spawn: SpawnChecker, private readonly log: Log) {
    super();
    this.register({ dispose: () => this.#stop(new Error('the extension is shutting down')) });
  }

  check(request: Omit<CheckRequest, 'kind' | 'id'>): Promise<CheckReply> {
    if (this.isDisposed) return Promise.reject(new Error('the checker is closed'));
    const thread = (this.#thread ??= this.#start());
    const id = this.#nextId++;
    return new Promise<CheckReply>((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      try {
        thread.postMessage({ kind: 'check', id, ...request });
      } catch (error) {
        this.#pending.delete(id);
        reject(error);
      }
    });
  }

  /** The document closed: its linter in the thread goes too. */
  forget(uri: vscode.Uri | string): void {
    this.#thread?.postMessage({ kind: 'forget', uri: uri.toString() });
  }

  #start(): CheckerThread {
    const thread = this.spawn();
    thread.listen(
      (reply) => {
        const pending = this.#pending.get(reply.id);
        this.#pending.delete(reply.id);
        pending?.resolve(reply);
      },
      (error) => {
        if (this.#thread !== thread) return;
        this.log.error('The checker thread ended', error);
        this.#thread = undefined;
        this.#failPending(error);
      },
    );
    return thread;
  }

  #stop(reason: Error): void {
    const thread = this.#thread;
    this.#thread = undefined;
    thread?.terminate();
    this.#failPending(reason);
  }

  #failPending(error: unknown): void {
    const pending = [...this.#pending.values()];
    this.#pending.clear();
    for (const p of pending) p.reject(error);
  }
}
