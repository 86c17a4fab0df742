import { Worker } from 'node:worker_threads';
import type { FromChecker } from '../worker/protocol';
import type { CheckerThread, SpawnChecker } from './offThread';

/** Checker threads as Node worker threads running `script` (dist/checker.js). */
export function nodeCheckerThreads(script: string): SpawnChecker {
  return (): CheckerThread => {
    const worker = new Worker(script);
    let terminated = false;
    return {
      postMessage: (message) => worker.postMessage(message),
      listen(onReply, onEnd) {
        worker.on('message', (reply: FromChecker) => onReply(reply));
        worker.on('error', (error) => onEnd(error));
        worker.on('exit', (code) => {
          if (!terminated) onEnd(new Error(`the checker thread exited with code ${code}`));
        });
      },
      terminate() {
        terminated = true;
        void worker.terminate();
      },
    };
  };
}
