import * as vscode from 'vscode';
import { isLocale, type Locale } from '../../core/i18n/locale';
import type { Problem } from '../../core/problem';
import { PlanRenderer } from '../../core/render';
import type { InitialData, ToWebview } from '../../protocol';
import type { StrategyAnalysis } from '../analysis';
import { isStrategyDocument } from '../config';
import { Disposable } from '../dispose';
import { uiLocale } from '../l10n';
import type { Log } from '../log';
import { previewText } from '../messages';
import { toRange } from '../ranges';
import { messagePage, previewPage, type PageResources } from './page';
import { scrollEditorToLine, topVisibleLine, type TopmostLineMonitor } from './scrolling';
import { isSafeLink } from './security';
import { previewSettings } from './settings';
import { parseWebviewMessage } from './webviewMessages';

export const PREVIEW_VIEW_TYPE = 'smm.preview';

/** Typing re-renders after this pause; the first render of a document is at once. */
const UPDATE_DELAY_MS = 150;
/** How long after the preview scrolled the editor the editor's scrolling is taken for its answer (as VS Code's markdown preview does). */
const ANSWER_MS = 250;

/** What a preview shows: a document, locked to it or following the active editor, scrolled to a line. */
export interface PreviewInput {
  readonly resource: vscode.Uri;
  readonly locked: boolean;
  /** The editor group the document was shown in when the preview opened: where "show source" goes. */
  readonly resourceColumn?: vscode.ViewColumn;
  readonly line?: number;
}

export interface PreviewServices {
  readonly analysis: StrategyAnalysis;
  readonly log: Log;
  readonly extensionUri: vscode.Uri;
  readonly topmostLine: TopmostLineMonitor;
}

/** The render the webview shows (or is about to): what its messages refer to. */
interface Shown {
  readonly version: number;
  readonly lineCount: number;
  readonly problems: readonly Problem[];
  readonly html: string;
  readonly locale: string;
}

/**
 * One preview panel: renders its document's plan into the webview, live as the document changes,
 * keeps it scrolled with the document's editors, and acts on the webview's clicks. Unless locked,
 * it follows the active strategy editor.
 *
 * The page is loaded once; later renders are posted as messages that patch it. A panel that is
 * hidden has no page (VS Code drops it and loads `webview.html` again when the panel is shown), so
 * a render for a hidden panel, or one the page missed, goes into `webview.html` instead.
 */
export class Preview extends Disposable {
  readonly #panel: vscode.WebviewPanel;
  readonly #services: PreviewServices;
  #resource: vscode.Uri;
  #locked: boolean;
  readonly #resourceColumn: vscode.ViewColumn;
  /** The source line at the top of the view, as last reported by either side. */
  #line: number | undefined;
  #renderer = new PlanRenderer();
  #shown: Shown | undefined;
  /** `webview.html` is older than the render posted to the page. */
  #pageStale = false;
  #pageLoaded = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** A waiting render must happen even if the version did not move (settings, the lock changed). */
  #forced = false;
  #firstUpdate = true;
  /**
   * When and to which line the preview last scrolled the editor: the editor's answering scroll is
   * not sent back. Its events come late and throttled, several reveals behind while the reader
   * keeps scrolling the preview, so any editor scroll soon after a reveal counts as an answer.
   */
  #revealed: { readonly line: number; readonly at: number } | undefined;

  readonly #onDidChangeViewState = this.register(new vscode.EventEmitter<void>());
  /** The panel became active, inactive, visible or hidden. */
  readonly onDidChangeViewState = this.#onDidChangeViewState.event;
  readonly #onDidDispose = this.register(new vscode.EventEmitter<void>());
  readonly onDidDispose = this.#onDidDispose.event;

  constructor(panel: vscode.WebviewPanel, input: PreviewInput, services: PreviewServices) {
    super();
    this.#panel = panel;
    this.#services = services;
    this.#resource = input.resource;
    this.#locked = input.locked;
    this.#resourceColumn = input.resourceColumn ?? vscode.ViewColumn.One;
    this.#line = input.line;

    // A restored panel comes with the options it was saved with: set them again, always.
    panel.webview.options = webviewOptions(services.extensionUri);
    panel.iconPath = vscode.Uri.joinPath(services.extensionUri, 'media', 'file-icon.svg');
    this.#setTitle();

    const guard = (what: string, body: () => void) => () => services.log.guard(`preview: ${what}`, undefined, body);
    this.register(panel.onDidDispose(() => this.dispose()));
    this.register(panel.onDidChangeViewState(() => {
      guard('view state', () => this.#viewStateChanged())();
      this.#onDidChangeViewState.fire();
    }));
    this.register(panel.webview.onDidReceiveMessage((m: unknown) => guard('message', () => this.#received(m))()));
    this.register(vscode.workspace.onDidChangeTextDocument((e) => {
      if (this.isPreviewOf(e.document.uri)) this.refresh();
    }));
    // Settings (the language, rules, the preview's own) are read again when a render starts.
    this.register(services.analysis.onDidChangeSettings(() => this.refresh(true)));
    this.register(services.topmostLine.onDidChange(({ editor, line }) => guard('editor scroll', () => this.#editorScrolled(editor, line))()));
    this.register(vscode.window.onDidChangeTextEditorSelection((e) => {
      if (this.isPreviewOf(e.textEditor.document.uri) && e.selections[0]) {
        this.#post({ type: 'selection', source: this.#resource.toString(), line: e.selections[0].active.line });
      }
    }));
    this.register(vscode.window.onDidChangeActiveTextEditor((editor) => guard('follow editor', () => this.#follow(editor))()));
    this.register({ dispose: () => clearTimeout(this.#timer) });
    this.refresh();
  }

  override dispose(): void {
    if (this.isDisposed) return;
    this.#onDidDispose.fire();
    super.dispose();
    this.#panel.dispose();
  }

  get resource(): vscode.Uri {
    return this.#resource;
  }

  get locked(): boolean {
    return this.#locked;
  }

  get viewColumn(): vscode.ViewColumn | undefined {
    return this.#panel.viewColumn;
  }

  get active(): boolean {
    return this.#panel.active;
  }

  reveal(viewColumn: vscode.ViewColumn, preserveFocus: boolean): void {
    this.#panel.reveal(viewColumn, preserveFocus);
  }

  isPreviewOf(uri: vscode.Uri): boolean {
    return uri.toString() === this.#resource.toString();
  }

  toggleLock(): void {
    this.#locked = !this.#locked;
    this.#setTitle();
    // The page keeps the lock in its state, for a restore after a reload.
    this.refresh(true);
  }

  /** Shows another document (an unlocked preview following the editor, or a command for another file). */
  showDocument(resource: vscode.Uri, line?: number): void {
    if (this.isPreviewOf(resource)) return;
    this.#resource = resource;
    this.#line = line;
    this.#renderer = new PlanRenderer();
    this.#shown = undefined;
    this.#setTitle();
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#firstUpdate = true;
    this.refresh();
  }

  /** Re-renders: the first time at once, then after a pause in typing. `force` renders even an unchanged version. */
  refresh(force = false): void {
    this.#forced ||= force;
    if (this.#firstUpdate) {
      this.#firstUpdate = false;
      void this.#update();
      return;
    }
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.#update(), UPDATE_DELAY_MS);
  }

  /** Shows the source in the editor, with `range` selected (the first line when none is given). */
  async showSource(range?: vscode.Range): Promise<void> {
    const visible = vscode.window.visibleTextEditors.find((e) => this.isPreviewOf(e.document.uri));
    const document = visible?.document ?? (await vscode.workspace.openTextDocument(this.#resource));
    const editor = await vscode.window.showTextDocument(document, {
      viewColumn: visible?.viewColumn ?? this.#resourceColumn,
      ...(range ? { selection: document.validateRange(range) } : {}),
    });
    if (range) editor.revealRange(editor.selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  async #update(): Promise<void> {
    this.#timer = undefined;
    const force = this.#forced;
    this.#forced = false;
    const resource = this.#resource;
    let document: vscode.TextDocument;
    try {
      document = await vscode.workspace.openTextDocument(resource);
    } catch {
      if (!this.isDisposed && this.isPreviewOf(resource)) {
        this.#shown = undefined;
        this.#setPage(messagePage(this.#resources(), previewText(this.#locale()).cannotOpen(basename(resource)), this.#locale()), false);
      }
      return;
    }
    // The panel may have closed, or moved to another document, while the document was opening.
    if (this.isDisposed || !this.isPreviewOf(resource)) return;
    if (!force && this.#shown?.version === document.version) return;
    const { version, lineCount } = document;
    await this.#services.log.guardAsync(`preview of ${resource.toString()}`, undefined, async () => {
      // A large strategy is linted and rendered on the checker thread; the answer is of `version`.
      const checked = await this.#services.analysis.check(document, this.#renderer);
      // Closed, moved to another document, or overtaken by a later update while it waited.
      if (this.isDisposed || !this.isPreviewOf(resource) || document.version !== version || !checked.plan) return;
      if (!force && this.#shown?.version === version) return;
      const { plan } = checked;
      for (const { part, error } of plan.errors) this.#services.log.error(`preview: the plan's part ${part} failed on ${resource.toString()}`, error);
      const retitle = plan.locale !== this.#shown?.locale;
      this.#shown = { version, lineCount, problems: checked.problems, html: plan.html, locale: plan.locale };
      if (retitle) this.#setTitle();
      if (this.#pageLoaded && this.#panel.visible) {
        this.#post({ type: 'update', ...this.#content(this.#shown), line: this.#line });
        this.#pageStale = true;
      } else {
        this.#loadPage();
      }
    });
  }

  #content(shown: Shown) {
    return {
      source: this.#resource.toString(),
      version: shown.version,
      locale: shown.locale,
      html: shown.html,
      settings: previewSettings(this.#resource),
      locked: this.#locked,
    };
  }

  /** Loads the page with the render shown: a fresh page, with a fresh nonce. */
  #loadPage(): void {
    if (!this.#shown) return;
    const { html, ...content } = this.#content(this.#shown);
    const selection = vscode.window.visibleTextEditors.find((e) => this.isPreviewOf(e.document.uri))?.selection.active.line;
    const initial: InitialData = {
      ...content,
      ...(this.#line === undefined ? {} : { line: this.#line }),
      ...(selection === undefined ? {} : { selectedLine: selection }),
    };
    this.#setPage(previewPage(this.#resources(), initial, html), true);
  }

  /** Sets the page; `live` for the preview's own page, which takes messages (not a page with just a note). */
  #setPage(html: string, live: boolean): void {
    this.#panel.webview.html = html;
    this.#pageLoaded = live;
    this.#pageStale = false;
  }

  #viewStateChanged(): void {
    // Hidden, the panel has no page; the one VS Code loads when it is shown again must be current.
    if (!this.#panel.visible && this.#pageStale) this.#loadPage();
  }

  #received(raw: unknown): void {
    const shown = this.#shown;
    if (!shown) return;
    const message = parseWebviewMessage(raw, {
      source: this.#resource.toString(),
      lineCount: shown.lineCount,
      version: shown.version,
      problemCount: shown.problems.length,
    });
    if (!message) return;
    switch (message.type) {
      case 'revealLine':
        this.#line = message.line;
        if (!previewSettings(this.#resource).scrollEditorWithPreview) return;
        for (const editor of vscode.window.visibleTextEditors) {
          if (!this.isPreviewOf(editor.document.uri)) continue;
          this.#revealed = { line: message.line, at: Date.now() };
          scrollEditorToLine(editor, message.line);
        }
        return;
      case 'openSource':
        void this.showSource(new vscode.Range(message.line, 0, message.line, 0));
        return;
      case 'revealProblem': {
        const problem = shown.problems[message.problem];
        if (problem) void this.showSource(toRange(problem.range));
        return;
      }
      case 'openLink':
        if (isSafeLink(message.href)) void vscode.env.openExternal(vscode.Uri.parse(message.href, true));
        return;
    }
  }

  #editorScrolled(editor: vscode.TextEditor, line: number): void {
    if (!this.isPreviewOf(editor.document.uri)) return;
    // The editor's answer to the preview scrolling it: the preview is already there.
    const revealed = this.#revealed;
    const recent = revealed !== undefined && Date.now() - revealed.at < ANSWER_MS;
    // A late answer still lands on the line revealed; it is taken once.
    if (!recent) this.#revealed = undefined;
    if (recent || (revealed && Math.floor(revealed.line) === Math.floor(line))) return;
    this.#line = line;
    if (previewSettings(this.#resource).scrollPreviewWithEditor) this.#post({ type: 'scrollTo', source: this.#resource.toString(), line });
  }

  #follow(editor: vscode.TextEditor | undefined): void {
    // Only text editors in a group (not the output pane, not a diff's side) are followed.
    if (this.#locked || !editor || editor.viewColumn === undefined || !isStrategyDocument(editor.document)) return;
    this.showDocument(editor.document.uri, topVisibleLine(editor));
  }

  #post(message: ToWebview): void {
    if (!this.isDisposed && this.#pageLoaded) void this.#panel.webview.postMessage(message);
  }

  #setTitle(): void {
    this.#panel.title = previewTitle(this.#resource, this.#locked, this.#locale());
  }

  /** The language of the panel's own words: its strategy's, once rendered. */
  #locale(): Locale {
    const shown = this.#shown?.locale;
    return isLocale(shown) ? shown : uiLocale(this.#services.analysis);
  }

  #resources(): PageResources {
    const webview = this.#panel.webview;
    const file = (name: string) => webview.asWebviewUri(vscode.Uri.joinPath(this.#services.extensionUri, 'dist', 'webview', name)).toString();
    return { cspSource: webview.cspSource, script: file('preview.js'), style: file('preview.css') };
  }
}

/**
 * Scripts for the page's own bundle only (the policy admits it by nonce), no forms, and files
 * only from the extension's webview bundle and media: not the workspace, not the strategy's folder.
 */
export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions {
  return {
    enableScripts: true,
    enableForms: false,
    localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist', 'webview'), vscode.Uri.joinPath(extensionUri, 'media')],
  };
}

/** "Preview file.smm.yaml", or "[Preview] file.smm.yaml" for a preview locked to its file (as markdown's are titled). */
export function previewTitle(resource: vscode.Uri, locked: boolean, locale: Locale): string {
  const text = previewText(locale);
  return locked ? text.lockedTitle(basename(resource)) : text.title(basename(resource));
}

function basename(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}
