import * as vscode from 'vscode';
import type { PreviewState } from '../../protocol';
import type { StrategyAnalysis } from '../analysis';
import { isStrategyDocument } from '../config';
import { Disposable } from '../dispose';
import { uiLocale } from '../l10n';
import type { Log } from '../log';
import { previewText } from '../messages';
import { PREVIEW_VIEW_TYPE, Preview, previewTitle, type PreviewServices } from './preview';
import { TopmostLineMonitor, topVisibleLine } from './scrolling';

/** Context key: the active editor is a strategy preview (for its title buttons and keybindings). */
const FOCUS_CONTEXT = 'smm.previewFocus';

/**
 * Owns the preview panels: opens them for the commands, finds the one to reuse, restores them
 * after a reload (as the serializer of `smm.preview` panels), and knows which one is active.
 * In each editor group there is at most one preview that follows the active editor, and any
 * number locked to their files.
 */
export class PreviewManager extends Disposable implements vscode.WebviewPanelSerializer<unknown> {
  readonly #previews = new Set<Preview>();
  readonly #services: PreviewServices;
  #active: Preview | undefined;

  constructor(analysis: StrategyAnalysis, log: Log, extensionUri: vscode.Uri) {
    super();
    this.#services = { analysis, log, extensionUri, topmostLine: this.register(new TopmostLineMonitor()) };
    this.register(vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, this));
    this.register({ dispose: () => [...this.#previews].forEach((p) => p.dispose()) });
  }

  /**
   * "Open Preview" (in the editor's group) and "Open Preview to the Side" (the group to its
   * right): for `uri`, or the active editor's document. A preview of that file in that group is
   * shown again; else the group's unlocked preview switches to the file; else a new one opens.
   */
  show(uri: vscode.Uri | undefined, sideBySide: boolean): void {
    const editor = vscode.window.activeTextEditor;
    // Asked from the preview itself (its keybinding, the palette): go back to the source, as markdown's preview does.
    if (!(uri instanceof vscode.Uri) && !editor && this.#active) {
      void this.showSource();
      return;
    }
    const resource = uri instanceof vscode.Uri ? uri : editor && isStrategyDocument(editor.document) ? editor.document.uri : undefined;
    if (!resource) {
      void vscode.window.showInformationMessage(previewText(uiLocale(this.#services.analysis)).noStrategy());
      return;
    }
    const resourceColumn = editor?.viewColumn ?? vscode.ViewColumn.One;
    const previewColumn = sideBySide ? resourceColumn + 1 : resourceColumn;
    const line = editor && editor.document.uri.toString() === resource.toString() ? topVisibleLine(editor) : undefined;
    const existing = this.#find(resource, previewColumn);
    if (existing) {
      existing.reveal(previewColumn, sideBySide);
      existing.showDocument(resource, line);
      return;
    }
    const panel = vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, previewTitle(resource, false, uiLocale(this.#services.analysis)), { viewColumn: previewColumn, preserveFocus: sideBySide }, { enableFindWidget: true });
    this.#track(new Preview(panel, { resource, locked: false, resourceColumn, ...(line === undefined ? {} : { line }) }, this.#services), panel.active);
  }

  /** "Toggle Preview Lock": the active preview stops or starts following the active editor. */
  toggleLock(): void {
    const preview = this.#active;
    if (!preview) return;
    preview.toggleLock();
    // Unlocked, it is the group's following preview: another one there would be redundant.
    if (!preview.locked) {
      for (const other of [...this.#previews]) if (other !== preview && !other.locked && other.viewColumn === preview.viewColumn) other.dispose();
    }
  }

  /** "Show Source": the active preview's document in its editor. */
  async showSource(): Promise<void> {
    await this.#active?.showSource();
  }

  /** Restores a preview after a reload, from the state its page saved. */
  async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    const saved = parseState(state);
    if (!saved) {
      // Nothing says what it showed: an empty panel would only puzzle.
      panel.dispose();
      return;
    }
    const input = { resource: saved.resource, locked: saved.locked, ...(saved.line === undefined ? {} : { line: saved.line }) };
    this.#track(new Preview(panel, input, this.#services), panel.active);
  }

  /** The preview of `resource` in `column`, else the column's preview that follows the editor. */
  #find(resource: vscode.Uri, column: vscode.ViewColumn): Preview | undefined {
    const inColumn = [...this.#previews].filter((p) => p.viewColumn === column);
    return inColumn.find((p) => p.isPreviewOf(resource)) ?? inColumn.find((p) => !p.locked);
  }

  #track(preview: Preview, active: boolean): void {
    this.#previews.add(preview);
    if (active) this.#setActive(preview);
    preview.onDidChangeViewState(() => {
      if (preview.active) this.#setActive(preview);
      else if (this.#active === preview) this.#setActive(undefined);
    });
    preview.onDidDispose(() => {
      this.#previews.delete(preview);
      if (this.#active === preview) this.#setActive(undefined);
    });
  }

  #setActive(preview: Preview | undefined): void {
    this.#active = preview;
    void vscode.commands.executeCommand('setContext', FOCUS_CONTEXT, preview !== undefined);
  }
}

/** The state a preview's page saved (see `PreviewState`), checked: it comes back from storage. */
function parseState(state: unknown): { resource: vscode.Uri; locked: boolean; line?: number } | undefined {
  if (typeof state !== 'object' || state === null) return undefined;
  const { source, locked, line } = state as Partial<Record<keyof PreviewState, unknown>>;
  if (typeof source !== 'string') return undefined;
  let resource: vscode.Uri;
  try {
    resource = vscode.Uri.parse(source, true);
  } catch {
    return undefined;
  }
  return { resource, locked: locked === true, ...(typeof line === 'number' && Number.isFinite(line) && line >= 0 ? { line } : {}) };
}
