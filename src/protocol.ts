/**
 * The messages between the preview panel (host, `src/host/preview/`) and its webview
 * (`src/webview/`), and the state the webview keeps. Types only: both sides import this file, and
 * nothing else crosses the frame. Every message names its `source` (the previewed document's URI,
 * as a string), so a message about a document the other side no longer shows is dropped.
 *
 * Lines are 0-based source lines, as in the plan's `data-line` attributes; fractional lines say
 * how far down a line the top of the view is.
 */

/** The preview settings the webview needs (`smm.preview.*`). */
export interface PreviewSettings {
  readonly scrollPreviewWithEditor: boolean;
  readonly scrollEditorWithPreview: boolean;
  readonly doubleClickToSwitchToEditor: boolean;
}

/** The plan shown: one render of one version of a document. */
export interface PlanContent {
  readonly source: string;
  /** The document version the plan was rendered from; clicks on problems name it back. */
  readonly version: number;
  /** The plan's language, for `lang` (hyphenation, fonts, screen readers). */
  readonly locale: string;
  /** The plan's HTML fragment (see `RenderedPlan.html`), the content of `<main class="smm-plan">`. */
  readonly html: string;
}

/** What the page starts with, in the `data-state` attribute of `<main>` (the HTML itself is already in `<main>`). */
export interface InitialData extends Omit<PlanContent, 'html'> {
  readonly settings: PreviewSettings;
  /** The source line to show at the top, when the page should open scrolled (a restored panel, an editor already scrolled). */
  readonly line?: number;
  /** The line of the editor's cursor, whose block is highlighted. */
  readonly selectedLine?: number;
  /** Whether the preview is locked to its document; kept in the webview's state for a restore. */
  readonly locked: boolean;
}

/** What the webview keeps with `setState`, and what VS Code hands to the serializer after a reload. */
export interface PreviewState {
  readonly source: string;
  readonly locked: boolean;
  /** The source line at the top of the view. */
  readonly line?: number;
}

export type ToWebview =
  /** A new render. The same source: patch the blocks that changed and keep the scroll position; another source: replace the page's content, scrolled to `line`. */
  | (PlanContent & { readonly type: 'update'; readonly settings: PreviewSettings; readonly locked: boolean; readonly line?: number })
  /** The editor scrolled: show `line` at the top. */
  | { readonly type: 'scrollTo'; readonly source: string; readonly line: number }
  /** The editor's cursor moved to `line`. */
  | { readonly type: 'selection'; readonly source: string; readonly line: number };

export type FromWebview =
  /** The user scrolled the preview: `line` is at its top now. */
  | { readonly type: 'revealLine'; readonly source: string; readonly line: number }
  /** A double-click on a block: show its source line in the editor. */
  | { readonly type: 'openSource'; readonly source: string; readonly line: number }
  /** A click on a problem or a problem badge: `problem` indexes the problems of the render of `version`. */
  | { readonly type: 'revealProblem'; readonly source: string; readonly version: number; readonly problem: number }
  /** A click on a link: the host opens it outside the editor, if it is an http(s) or mailto address. */
  | { readonly type: 'openLink'; readonly source: string; readonly href: string };
