// The checker thread (a Node worker thread): lints large strategies off the extension host's
// thread, which every extension shares. See src/host/offThread.ts for the other side.
import { parentPort } from 'node:worker_threads';
import { Checker } from './checker';
import type { ToChecker } from './protocol';

const port = parentPort;
if (port) {
  const checker = new Checker();
  port.on('message', (request: ToChecker) => {
    const reply = checker.handle(request);
    if (reply) port.postMessage(reply);
  });
}
