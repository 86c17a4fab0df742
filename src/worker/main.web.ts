// The checker thread in a browser: a web worker that the web extension host (vscode.dev) starts,
// as the Node host starts src/worker/main.ts. See src/host/offThread.ts for the other side.
import { Checker } from './checker';
import type { FromChecker, ToChecker } from './protocol';

/** The worker's global scope, as far as it is used here (the root tsconfig has no DOM types). */
interface WorkerScope {
  onmessage: ((event: { readonly data: ToChecker }) => void) | null;
  postMessage(message: FromChecker): void;
}

const scope = globalThis as unknown as WorkerScope;
const checker = new Checker();
scope.onmessage = (event) => {
  const reply = checker.handle(event.data);
  if (reply) scope.postMessage(reply);
};
