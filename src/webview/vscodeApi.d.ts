// What VS Code gives a webview's scripts (a small part of @types/vscode-webview, which would be a
// dependency for three functions).
interface VsCodeApi<State> {
  postMessage(message: unknown): void;
  getState(): State | undefined;
  setState(state: State): void;
}

declare function acquireVsCodeApi<State = unknown>(): VsCodeApi<State>;
