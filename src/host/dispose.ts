import type * as vscode from 'vscode';

/**
 * Base class for objects that own subscriptions: everything passed to `register` is disposed with
 * the owner, so no listener outlives the feature that added it.
 */
export abstract class Disposable implements vscode.Disposable {
  #disposables: vscode.Disposable[] = [];
  #disposed = false;

  protected get isDisposed(): boolean {
    return this.#disposed;
  }

  protected register<T extends vscode.Disposable>(disposable: T): T {
    if (this.#disposed) disposable.dispose();
    else this.#disposables.push(disposable);
    return disposable;
  }

  dispose(): void {
    if (this.#disposed) return;
    this.#disposed = true;
    const list = this.#disposables;
    this.#disposables = [];
    for (const d of list.reverse()) {
      try {
        d.dispose();
      } catch {
        // One failing dispose must not keep the others alive.
      }
    }
  }
}
