import type { FromChecker } from '../worker/protocol';
import type { CheckerThread, SpawnChecker } from './offThread';

/** A web worker, as far as the host uses one (the root tsconfig has no DOM types). */
interface WebWorker {
  postMessage(message: unknown): void;
  terminate(): void;
  onmessage: ((event: { readonly data: FromChecker }) => void) | null;
  onerror: ((event: { readonly message?: string; preventDefault(): void }) => void) | null;
}

type WebWorkerConstructor = new (url: string, options?: { readonly name?: string }) => WebWorker;

/**
 * Checker threads as web workers running `script` (dist/web/checker.js, a classic script: the web
 * extension host starts nested workers with importScripts), or undefined where the host has no
 * `Worker`: there, strategies are checked on the host's thread.
 */
export function webCheckerThreads(script: string): SpawnChecker | undefined {
  const Worker = (globalThis as { Worker?: WebWorkerConstructor }).Worker;
  if (typeof Worker !== 'function') return undefined;
  return (): CheckerThread => {
    const worker = new Worker(script, { name: 'SMM checker' });
    return {
      postMessage: (message) => worker.postMessage(message),
      listen(onReply, onEnd) {
        worker.onmessage = (event) => onReply(event.data);
        worker.onerror = (event) => {
          // Handled here: the host falls back to checking on its own thread.
          event.preventDefault();
          onEnd(new Error(event.message ?? 'the checker worker failed to start or crashed'));
        };
      },
      terminate: () => worker.terminate(),
    };
  };
}
