import * as vscode from 'vscode';

/**
 * The extension's log channel ("SMM" in the Output panel). Provider errors go here instead of
 * into the extension host: a bug in one feature must not break editing.
 */
export class Log implements vscode.Disposable {
  readonly channel = vscode.window.createOutputChannel('SMM', { log: true });

  info(message: string): void {
    this.channel.info(message);
  }

  error(context: string, error: unknown): void {
    this.channel.error(`${context}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }

  /** Runs `body`, logging and swallowing any throw; returns `fallback` then. */
  guard<T>(context: string, fallback: T, body: () => T): T {
    try {
      return body();
    } catch (error) {
      this.error(context, error);
      return fallback;
    }
  }

  /** As `guard`, for a body that answers later. */
  async guardAsync<T>(context: string, fallback: T, body: () => Promise<T>): Promise<T> {
    try {
      return await body();
    } catch (error) {
      this.error(context, error);
      return fallback;
    }
  }

  dispose(): void {
    this.channel.dispose();
  }
}
