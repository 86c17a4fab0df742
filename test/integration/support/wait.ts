// Condition-based waiting for integration tests. Tests never sleep for a fixed time (the anti-pattern
// of tests that `sleep(2000)` and hope the language server is done): they wait for the event that
// signals the state they need, with a timeout that fails the test with a useful message.
import type * as vscode from 'vscode';

/** Default ceiling for a wait; generous because CI machines have 2 cores and run a browser too. */
export const DEFAULT_TIMEOUT_MS = 15_000;

/**
 * Resolves with the first value `check()` returns that is not `undefined`, evaluating it now and then
 * after every firing of `event`. Rejects after `timeoutMs` with `describe()` in the message.
 *
 * @example
 *   const editor = await waitForEvent(vscode.window.onDidChangeActiveTextEditor,
 *     () => vscode.window.activeTextEditor, 5000, () => 'an active editor');
 */
export function waitForEvent<E, T>(
  event: vscode.Event<E>,
  check: (e?: E) => T | undefined,
  timeoutMs: number = DEFAULT_TIMEOUT_MS,
  describe: () => string = () => 'condition',
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const finish = (fn: () => void) => {
      if (!settled) {
        settled = true;
        clearTimeout(timer);
        subscription.dispose();
        fn();
      }
    };
    const evaluate = (e?: E) => {
      try {
        const value = check(e);
        if (value !== undefined) {
          finish(() => resolve(value));
        }
      } catch (err) {
        finish(() => reject(err));
      }
    };
    const timer = setTimeout(
      () => finish(() => reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${describe()}`))),
      timeoutMs,
    );
    const subscription = event(evaluate);
    // The state may already be there: events that fired before we subscribed are not replayed.
    evaluate();
  });
}

/**
 * For states that have no event (e.g. "a provider has been registered"): re-evaluates `check` every
 * `intervalMs` until it returns something other than `undefined`. Prefer {@link waitForEvent}.
 */
export async function poll<T>(
  check: () => T | undefined | Promise<T | undefined>,
  timeoutMs: number = DEFAULT_TIMEOUT_MS,
  describe: () => string = () => 'condition',
  intervalMs = 50,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) {
      return value;
    }
    if (Date.now() > deadline) {
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${describe()}`);
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}
