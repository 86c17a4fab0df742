// Small process utilities shared by the runners.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

/** Seconds since `t0` (a Date.now() value), for log lines: "12.3s". */
export function since(t0) {
  return `${((Date.now() - t0) / 1000).toFixed(1)}s`;
}

/** A free TCP port on 127.0.0.1 (the OS picks it), so parallel runs and a running demo never collide. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Runs a command, streaming its output, and resolves with its exit code (never rejects on a
 * non-zero exit; rejects only when it cannot be started). `onLine` sees every stdout/stderr line.
 */
export function run(command, args, { env, cwd, onLine, quiet } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    for (const [stream, out] of [[child.stdout, process.stdout], [child.stderr, process.stderr]]) {
      let partial = '';
      stream.on('data', (chunk) => {
        if (!quiet) out.write(chunk);
        if (onLine) {
          const lines = (partial + chunk.toString()).split('\n');
          partial = lines.pop() ?? '';
          lines.forEach(onLine);
        }
      });
      stream.on('end', () => partial && onLine?.(partial));
    }
    child.on('error', reject);
    child.on('close', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

const cleanups = [];
let exitHooked = false;

function runCleanups() {
  // Last registered, first run (like `defer`): code-server is stopped before its state dir goes.
  while (cleanups.length > 0) {
    const cleanup = cleanups.pop();
    try {
      cleanup();
    } catch (err) {
      console.error('cleanup failed:', err);
    }
  }
}

/**
 * Registers a synchronous `cleanup` to run when the process ends for any reason we can catch
 * (normal exit, an uncaught error, Ctrl+C, SIGTERM from a CI timeout), so no code-server is left
 * behind. Synchronous because 'exit' handlers cannot wait. Cleanups run in reverse order of
 * registration. Returns a function that runs this cleanup now (once).
 */
export function onExit(cleanup) {
  if (!exitHooked) {
    exitHooked = true;
    process.once('exit', runCleanups);
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
      process.once(signal, () => {
        runCleanups();
        process.exit(130);
      });
    }
  }
  let done = false;
  const once = () => {
    if (!done) {
      done = true;
      const at = cleanups.indexOf(once);
      if (at >= 0) cleanups.splice(at, 1);
      cleanup();
    }
  };
  cleanups.push(once);
  return once;
}
