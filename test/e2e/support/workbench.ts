// Workbench: drives a real VS Code workbench (code-server in Debian's chromium) the way a user
// does — keyboard shortcuts, Quick Open, the Command Palette — and reads back what a user sees:
// Problems pane rows, the completion widget, hovers, the quick-fix menu, the language status
// hover, the editor's text and webview content.
//
// Rules for everything here:
// - Wait for conditions (an element, a text, a predicate over what the DOM shows), never for a
//   fixed time: the same step takes 0.2 s or 5 s depending on the machine's load.
// - Selectors are VS Code 1.100's DOM (code-server 4.100.3). They are not API: when code-server is
//   upgraded, fix them here, in one place. Each is explained where it is used.
// - Every step that changes the screen can be captured with `screenshot(step)`; failures are
//   captured by the session hooks (./session.ts).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { FrameLocator, Locator, Page } from 'playwright-core';

// Globals of the page side of evaluate() callbacks: this file is compiled without the DOM lib.
declare const navigator: { clipboard: { readText(): Promise<string>; writeText(text: string): Promise<void> } };
declare const document: { querySelectorAll(selector: string): ArrayLike<{ getAttribute(name: string): string | null }> };
/** A DOM node as read in the page (text node or element). */
interface DomNode {
  nodeType: number;
  textContent: string | null;
  classList?: ArrayLike<string>;
}

/** One marker row of the Problems pane, as displayed. */
export interface Problem {
  /** File name of the resource row the marker is under, e.g. `mistakes.smm.yaml`. */
  file: string;
  message: string;
  /** `source` of the diagnostic, e.g. `smm`. */
  source: string;
  /** Displayed code, e.g. the rule id `no-value-proposition` ('' when the diagnostic has none). */
  code: string;
  /** Link target of the code, when the diagnostic's code has one (rule documentation). */
  codeHref?: string;
  /** 1-based, as displayed (`[Ln 3, Col 5]`). */
  line: number;
  column: number;
  severity: 'error' | 'warning' | 'info' | 'unknown';
}

/** One row of the completion (suggest) widget. */
export interface CompletionRow {
  label: string;
  /** e.g. "Property", "Enum Member", "Snippet": the kind of the row's icon, as screen readers announce it. */
  kind: string;
  /** Text on the right of the row (CompletionItem.detail), often empty until focused. */
  detail: string;
  focused: boolean;
}

/**
 * One item of the language status hover: what `vscode.languages.createLanguageStatusItem` shows
 * for the active editor, as displayed.
 */
export interface LanguageStatusItem {
  /** The item's text, icons written back as `$(name)`: `$(warning) 7 errors, 18 warnings`. */
  text: string;
  /** The item's detail, shown after the text ('' when it has none). */
  detail: string;
  /** The item's severity, from the icon VS Code puts in front of it. */
  severity: 'error' | 'warning' | 'info' | 'unknown';
  /** Title of the item's command link, e.g. `Show Problems` ('' when it has none). */
  command: string;
}

/** A rendered completion row with its place in the (virtualized) list. */
interface SuggestRowRaw extends CompletionRow {
  index: number;
  /** How many rows the list has (aria-setsize). */
  total: number;
}

/** What VS Code calls the kinds of colour themes, as classes of the workbench: light, dark, high contrast dark and light. */
const THEME_KINDS = ['vs', 'vs-dark', 'hc-black', 'hc-light'] as const;
export type ThemeKind = (typeof THEME_KINDS)[number];

/** Default ceiling for one wait. The first editor in a fresh workbench can take ~10 s on CI. */
export const DEFAULT_WAIT_MS = 30_000;

export interface WorkbenchOptions {
  /** Folder for this session's screenshots, e.g. artifacts/screenshots/e2e/problems. */
  screenshotsDir: string;
}

export class Workbench {
  readonly page: Page;
  readonly #screenshotsDir: string;
  #step = 0;

  constructor(page: Page, options: WorkbenchOptions) {
    this.page = page;
    this.#screenshotsDir = options.screenshotsDir;
  }

  // ------------------------------------------------------------------ workbench and files

  /**
   * Opens `folder` (absolute path on the code-server machine) and waits until the explorer shows
   * its files: then the remote connection, the file system and the extension host are up.
   */
  async openFolder(baseUrl: string, folder: string): Promise<void> {
    await this.page.goto(`${baseUrl}/?folder=${encodeURIComponent(folder)}`);
    await this.page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    await this.page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
  }

  /** Opens a workspace file through Quick Open (Ctrl+P) and waits for its editor. */
  async quickOpen(fileName: string): Promise<void> {
    const input = this.page.locator('.quick-input-widget input');
    // The exact name: recently opened editors such as "Preview <file>" are listed too.
    const exact = new RegExp(`^${escapeRegExp(fileName)}$`);
    const row = this.page.locator('.quick-input-list .monaco-list-row', { has: this.page.locator('.label-name', { hasText: exact }) }).first();
    // Quick Open's results arrive asynchronously (file search); Enter before they do opens nothing.
    // A file written a moment ago can be missing from the first search: ask again.
    for (let attempt = 1; ; attempt++) {
      await this.page.keyboard.press('Control+P');
      await input.waitFor({ state: 'visible', timeout: DEFAULT_WAIT_MS });
      await input.fill(fileName);
      const found = await row.waitFor({ timeout: DEFAULT_WAIT_MS / 3 }).then(() => true, (error: unknown) => {
        if (attempt === 3) throw error;
        return false;
      });
      if (found) break;
      await this.page.keyboard.press('Escape');
      await input.waitFor({ state: 'hidden', timeout: DEFAULT_WAIT_MS });
    }
    await this.#pickWithKeyboard(this.page.locator('.quick-input-list'), '.label-name', exact);
    await this.waitForEditor(fileName);
  }

  /** Waits until `fileName` is the active editor tab and its text is rendered and focused. */
  async waitForEditor(fileName: string): Promise<void> {
    // By the tab's resource: a preview's tab ("Preview <file>") has the file's name in its text too.
    await this.page.locator(`.tabs-container .tab.active[data-resource-name="${fileName}"]`).first().waitFor({ timeout: DEFAULT_WAIT_MS });
    await this.activeEditor().locator('.view-lines .view-line').first().waitFor({ timeout: DEFAULT_WAIT_MS });
    await this.focusEditor();
  }

  /** The active text editor's root element. */
  activeEditor(): Locator {
    // The editor group that has focus or was last active holds `.active` editor container.
    return this.page.locator('.editor-group-container.active .editor-container .monaco-editor').first();
  }

  /** Gives keyboard focus to the active editor without moving its cursor (unlike a click). */
  async focusEditor(): Promise<void> {
    await this.activeEditor().locator('textarea.inputarea, .native-edit-context').first().focus();
  }

  /**
   * Runs a command by its title from the Command Palette (F1), as shown there, e.g.
   * `'File: Revert File'` or `'SMM: Lint Workspace'`.
   */
  async runCommand(title: string): Promise<void> {
    await this.startCommand(title);
    await this.page.locator('.quick-input-widget input').waitFor({ state: 'hidden', timeout: DEFAULT_WAIT_MS });
  }

  /**
   * Picks a command by its title in the Command Palette, without waiting for the palette to close:
   * for a command that asks something in the same box next (see `acceptSaveDialog`).
   */
  async startCommand(title: string): Promise<void> {
    await this.page.keyboard.press('F1');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: DEFAULT_WAIT_MS });
    await input.fill(`>${title}`);
    // Exact label match: "SMM: Show Preview" must not pick "SMM: Show Preview to the Side".
    await this.#pickInQuickInputRow(new RegExp(`^${escapeRegExp(title)}$`));
  }

  /** Picks the row labelled `label` in the open Quick Input (a question an extension asked) and waits until it closes. */
  async pickInQuickInput(label: RegExp): Promise<void> {
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: DEFAULT_WAIT_MS });
    await this.#pickInQuickInputRow(label);
    await input.waitFor({ state: 'hidden', timeout: DEFAULT_WAIT_MS });
  }

  /** Waits for the Quick Input row labelled `label` (results may arrive late) and picks it. */
  async #pickInQuickInputRow(label: RegExp): Promise<void> {
    await this.page
      .locator('.quick-input-list .monaco-list-row')
      .filter({ has: this.page.locator('.label-name', { hasText: label }) })
      .first()
      .waitFor({ timeout: DEFAULT_WAIT_MS });
    await this.#pickWithKeyboard(this.page.locator('.quick-input-list'), '.label-name', label);
  }

  /**
   * In a list widget with keyboard focus (Quick Input, the quick-fix menu), moves the focus with
   * the arrow keys to the row whose `labelSelector` text matches `label`, and presses Enter.
   * Keyboard, not clicks: VS Code puts a pointer-blocking overlay over the editor while some of
   * these widgets are open, and users do it this way too.
   */
  async #pickWithKeyboard(list: Locator, labelSelector: string, label: RegExp): Promise<void> {
    const rows = list.locator('.monaco-list-row');
    const count = await rows.count();
    for (let i = 0; i <= count; i++) {
      const focused = (await list.locator(`.monaco-list-row.focused ${labelSelector}`).first().textContent({ timeout: DEFAULT_WAIT_MS }))?.trim() ?? '';
      if (label.test(focused)) {
        await this.page.keyboard.press('Enter');
        return;
      }
      await this.page.keyboard.press('ArrowDown');
    }
    throw new Error(`No row matching ${String(label)} in the list`);
  }

  /** Types `text` into the open input box (a command's question) over what is there; with `submit`, presses Enter. */
  async answerInput(text: string, options: { submit?: boolean } = {}): Promise<void> {
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: DEFAULT_WAIT_MS });
    await input.fill(text);
    if (options.submit) await this.page.keyboard.press('Enter');
  }

  /** The validation message of the open input box, once it shows one matching `expected`. */
  async inputMessage(expected: RegExp = /\S/): Promise<string> {
    const message = this.page.locator('.quick-input-widget .quick-input-message').filter({ hasText: expected });
    await message.waitFor({ state: 'visible', timeout: DEFAULT_WAIT_MS });
    return (await message.innerText()).trim();
  }

  /** In the open quick pick (a command's question), picks the item labelled `label` with the keyboard. */
  async pickItem(label: string): Promise<void> {
    const list = this.page.locator('.quick-input-widget .quick-input-list');
    const exact = new RegExp(`^${escapeRegExp(label)}$`);
    await list.locator('.monaco-list-row').filter({ has: this.page.locator('.label-name', { hasText: exact }) }).first().waitFor({ timeout: DEFAULT_WAIT_MS });
    await this.#pickWithKeyboard(list, '.label-name', exact);
  }

  /** Moves the cursor of the active editor to a 1-based line and column (Ctrl+G, "line:col"). */
  async goTo(line: number, column = 1): Promise<void> {
    await this.focusEditor();
    await this.page.keyboard.press('Control+G');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: DEFAULT_WAIT_MS });
    // Go to Line is Quick Open with the ':' prefix already typed; fill() replaces it, so keep it.
    await input.fill(`:${line}:${column}`);
    await this.page.keyboard.press('Enter');
    await input.waitFor({ state: 'hidden', timeout: DEFAULT_WAIT_MS });
    await this.page
      .locator('.statusbar-item', { hasText: `Ln ${line}, Col ${column}` })
      .first()
      .waitFor({ timeout: DEFAULT_WAIT_MS });
  }

  /** The cursor of the active editor as the status bar shows it: 1-based line and column. */
  async cursorPosition(): Promise<{ line: number; column: number }> {
    const text = await this.page.locator('.statusbar-item', { hasText: /Ln \d+, Col \d+/ }).first().innerText({ timeout: DEFAULT_WAIT_MS });
    const m = /Ln (\d+), Col (\d+)/.exec(text);
    return { line: Number(m?.[1]), column: Number(m?.[2]) };
  }

  /**
   * The 1-based number of the first line at the top of the active editor's view (the top line
   * partly scrolled out counts while most of it shows), read from the line numbers in the gutter.
   */
  async editorTopLine(): Promise<number> {
    const editor = this.activeEditor();
    const top = (await editor.locator('.lines-content').first().evaluate((el) => el.parentElement?.getBoundingClientRect().top ?? 0));
    const numbers = await editor.locator('.margin-view-overlays .line-numbers').evaluateAll((els) =>
      els.map((el) => ({ line: Number(el.textContent), top: el.getBoundingClientRect().top, height: el.getBoundingClientRect().height })),
    );
    const visible = numbers.filter((n) => Number.isInteger(n.line) && n.top + n.height / 2 >= top);
    if (visible.length === 0) throw new Error('no line numbers in the active editor');
    return Math.min(...visible.map((n) => n.line));
  }

  /** Types text at the cursor like a user (auto-closing brackets and auto-indent apply). */
  async type(text: string): Promise<void> {
    await this.focusEditor();
    await this.page.keyboard.type(text);
  }

  /**
   * The full text of the active editor's model, through the clipboard (select all + copy):
   * the DOM only holds the visible lines, and code-server exposes no `monaco` global.
   * Leaves the whole text selected; the caller moves the cursor if it matters.
   */
  async editorText(): Promise<string> {
    // Put a marker in the clipboard first, so we can tell when the copy below has landed
    // (the clipboard write is asynchronous).
    const marker = `smm-e2e-clipboard-marker-${Date.now()}`;
    await this.page.evaluate((m) => navigator.clipboard.writeText(m), marker);
    await this.focusEditor();
    await this.page.keyboard.press('Control+A');
    await this.page.keyboard.press('Control+C');
    let text = marker;
    await waitUntil(
      async () => {
        text = await this.page.evaluate(() => navigator.clipboard.readText());
        return text !== marker;
      },
      DEFAULT_WAIT_MS,
      () => 'the editor text to reach the clipboard (select all + copy)',
    );
    return text.replace(/\r\n/g, '\n');
  }

  // ------------------------------------------------------------------ Problems pane

  /** Opens the Problems pane (Ctrl+Shift+M) and waits for its tree. */
  async openProblems(): Promise<void> {
    const panel = this.page.locator('.markers-panel');
    if (!(await panel.isVisible())) {
      await this.page.keyboard.press('Control+Shift+M');
    }
    await panel.waitFor({ state: 'visible', timeout: DEFAULT_WAIT_MS });
  }

  /**
   * Reads the Problems pane's rows as data. The pane is a tree (settings: problems.defaultViewMode
   * = tree): a resource row (aria-level 1, the file), its marker rows (aria-level 2) and their
   * related-information rows (aria-level 3, skipped here). The list is virtualized — only the rows
   * that fit the pane are in the DOM — so this scrolls it from top to bottom and collects every
   * row by its data-index.
   */
  async problems(options: { file?: string } = {}): Promise<Problem[]> {
    await this.openProblems();
    const list = this.page.locator('.markers-panel .monaco-list').first();
    const collected = new Map<number, RawProblemRow>();
    if ((await list.count()) > 0 && (await list.isVisible())) {
      await this.#scrollProblemsToTop(list);
      for (let page = 0; page < 500; page++) {
        const rows = await readProblemRows(list);
        for (const row of rows) {
          collected.set(row.index, row);
        }
        if (rows.length === 0 || rows.some((r) => r.last)) {
          break;
        }
        const seen = Math.max(...rows.map((r) => r.index));
        await this.page.mouse.wheel(0, 300);
        // The list re-renders on the next animation frame; wait for rows past the ones we have
        // (if none come, the next read sees the same rows and the `last` flag ends the loop).
        await this.page
          .waitForFunction(
            (max) =>
              Array.from(document.querySelectorAll('.markers-panel .monaco-list-rows > .monaco-list-row')).some(
                (el) => Number(el.getAttribute('data-index')) > max,
              ),
            seen,
            { timeout: 2_000 },
          )
          .catch(() => undefined);
      }
      // Leave the pane as a user first sees it (errors first), for the screenshots that follow.
      await this.#scrollProblemsToTop(list);
    }
    const problems: Problem[] = [];
    let file = '';
    for (const row of [...collected.values()].sort((a, b) => a.index - b.index)) {
      if (row.level === '1') {
        file = row.file;
        continue;
      }
      if (row.level !== '2') {
        continue; // related information ("The lower age limit is here.")
      }
      const pos = /Ln (\d+), Col (\d+)/.exec(row.position);
      problems.push({
        file,
        message: row.message,
        source: row.source,
        code: row.code,
        ...(row.codeHref ? { codeHref: row.codeHref } : {}),
        line: pos ? Number(pos[1]) : 0,
        column: pos ? Number(pos[2]) : 0,
        severity: row.severity as Problem['severity'],
      });
    }
    return options.file ? problems.filter((p) => p.file === options.file) : problems;
  }

  /**
   * Scrolls the Problems list to its first row with the mouse wheel (the pointer parked on the
   * list's top left corner, away from row hovers' anchors). One wheel event scrolls the list by a
   * bounded step (about 50 px) whatever its delta, and does not wait for the list to render: so
   * wheel until the first row is rendered. (Rows read at an earlier scroll position, say the
   * bottom, lack the file row above them.)
   */
  async #scrollProblemsToTop(list: Locator): Promise<void> {
    await list.hover({ position: { x: 5, y: 5 } });
    const firstRow = list.locator('.monaco-list-rows > .monaco-list-row[data-index="0"]');
    const anyRow = list.locator('.monaco-list-rows > .monaco-list-row');
    const deadline = Date.now() + DEFAULT_WAIT_MS;
    while ((await firstRow.count()) === 0 && (await anyRow.count()) > 0) {
      if (Date.now() > deadline) {
        throw new Error(`Timed out after ${DEFAULT_WAIT_MS} ms: the Problems list to scroll back to its first row`);
      }
      await this.page.mouse.wheel(0, -1_000);
    }
  }

  /**
   * Waits until the Problems pane's rows satisfy `predicate`, and returns them. The pane updates
   * after the extension publishes (validation is debounced), so never assert on a single read.
   */
  async waitForProblems(
    predicate: (problems: Problem[]) => boolean,
    options: { file?: string; timeoutMs?: number; description?: string } = {},
  ): Promise<Problem[]> {
    let last: Problem[] = [];
    await waitUntil(
      async () => {
        last = await this.problems(options.file ? { file: options.file } : {});
        return predicate(last);
      },
      options.timeoutMs ?? DEFAULT_WAIT_MS,
      () => `${options.description ?? 'Problems pane condition'}; last read:\n  ${describeProblems(last)}`,
    );
    return last;
  }

  // ------------------------------------------------------------------ editor widgets

  /** The completion (suggest) widget while it is open. */
  suggestWidget(): Locator {
    return this.page.locator('.editor-widget.suggest-widget.visible');
  }

  /**
   * Triggers completion at the cursor (Ctrl+Space) and returns the widget's rendered rows (the
   * list is virtualized: about the first 12; `suggestRows()` reads them all). Leaves the widget
   * open; `closeWidgets()` closes it, `acceptSuggestion(label)` accepts a row.
   */
  async triggerSuggest(): Promise<CompletionRow[]> {
    await this.focusEditor();
    await this.page.keyboard.press('Control+Space');
    await this.#waitForSuggestRows();
    return (await this.#renderedSuggestRows()).map(({ index: _i, total: _t, ...row }) => row);
  }

  /**
   * Triggers completion (Ctrl+Space) where the list may well be empty: resolves with the rows
   * shown, or with none when the widget says there is nothing to suggest.
   */
  async triggerSuggestAllowingNone(): Promise<CompletionRow[]> {
    await this.focusEditor();
    await this.page.keyboard.press('Control+Space');
    const rows = this.suggestWidget().locator('.monaco-list-row');
    // Empty, the widget shows only its message ("No suggestions.").
    const none = this.suggestWidget().locator('.message').filter({ hasText: /\S/ });
    await rows.first().or(none).waitFor({ timeout: DEFAULT_WAIT_MS });
    if (await none.isVisible()) return [];
    return (await this.#renderedSuggestRows()).map(({ index: _i, total: _t, ...row }) => row);
  }

  /**
   * Every row of the open completion widget — opened by `triggerSuggest()` or by typing a trigger
   * character — in the order shown. The list only renders the rows that fit, so this pages through
   * it (PageDown) until it has seen as many rows as the list announces (aria-setsize), then pages
   * back up: the first row is focused again, as when the widget opened.
   */
  async suggestRows(): Promise<CompletionRow[]> {
    await this.#waitForSuggestRows();
    const collected = new Map<number, SuggestRowRaw>();
    let total = 0;
    for (let page = 0; page < 200; page++) {
      const rows = await this.#renderedSuggestRows();
      for (const row of rows) collected.set(row.index, row);
      total = rows[0]?.total ?? 0;
      if (rows.length === 0 || collected.size >= total) break;
      // PageDown moves the focus to the last row shown, then scrolls a page at a time.
      const focused = await this.#focusedSuggestRow();
      await this.page.keyboard.press('PageDown');
      await waitUntil(async () => (await this.#focusedSuggestRow()) !== focused, DEFAULT_WAIT_MS, () => `the completion focus to move from ${focused} (PageDown)`);
    }
    if (collected.size < total) {
      throw new Error(`Read ${collected.size} of ${total} completion rows`);
    }
    for (let page = 0; page < 200; page++) {
      const focused = await this.#focusedSuggestRow();
      if (focused === undefined || focused.startsWith('0:')) break;
      await this.page.keyboard.press('PageUp');
      await waitUntil(async () => (await this.#focusedSuggestRow()) !== focused, DEFAULT_WAIT_MS, () => `the completion focus to move from ${focused} (PageUp)`);
    }
    return [...collected.values()].sort((a, b) => a.index - b.index).map(({ index: _i, total: _t, ...row }) => row);
  }

  /**
   * In the open completion widget, moves the focus to the row labelled `label` with the arrow keys
   * (as a user does; the list wraps around at its end) and returns that row.
   */
  async focusSuggestion(label: string): Promise<CompletionRow> {
    await this.#waitForSuggestRows();
    const total = (await this.#renderedSuggestRows())[0]?.total ?? 0;
    const seen: string[] = [];
    for (let i = 0; i <= total; i++) {
      const focused = (await this.#renderedSuggestRows()).find((r) => r.focused);
      if (focused?.label === label) {
        const { index: _i, total: _t, ...row } = focused;
        return row;
      }
      seen.push(focused?.label ?? '(none focused)');
      const before = focused?.index;
      await this.page.keyboard.press('ArrowDown');
      if (total > 1) {
        await waitUntil(
          async () => (await this.#renderedSuggestRows()).find((r) => r.focused)?.index !== before,
          DEFAULT_WAIT_MS,
          () => `the completion focus to move from row #${before} (ArrowDown)`,
        );
      }
    }
    throw new Error(`No completion row '${label}'; went through: ${JSON.stringify(seen)}`);
  }

  /**
   * Accepts the completion row labelled `label` (`focusSuggestion`, then Enter) and waits until
   * the widget is closed. Read the result with `editorText()`.
   */
  async acceptSuggestion(label: string): Promise<void> {
    await this.focusSuggestion(label);
    await this.page.keyboard.press('Enter');
    // The widget's element stays in the DOM; closing it drops its `.visible` class.
    await this.suggestWidget().waitFor({ state: 'hidden', timeout: DEFAULT_WAIT_MS });
  }

  /**
   * The details pane of the open completion widget ("Read More": the focused row's detail and
   * documentation). Opens it (Ctrl+Space while the widget is open toggles it) unless the widget
   * already shows it — VS Code remembers the choice — and returns its text.
   */
  async suggestDetails(): Promise<string> {
    await this.#waitForSuggestRows();
    // The widget has the class `shows-details` while the pane is on, from the moment it opens.
    if (!((await this.suggestWidget().getAttribute('class')) ?? '').split(/\s+/).includes('shows-details')) {
      await this.page.keyboard.press('Control+Space');
    }
    const details = this.page.locator('.suggest-details-container .suggest-details');
    // The pane fills in once the focused item is resolved: its type line or its documentation.
    await details.locator('.header .type, .docs').filter({ hasText: /\S/ }).first().waitFor({ state: 'visible', timeout: DEFAULT_WAIT_MS });
    return (await details.innerText()).trim();
  }

  async #waitForSuggestRows(): Promise<void> {
    await this.suggestWidget().locator('.monaco-list-row').first().waitFor({ timeout: DEFAULT_WAIT_MS });
  }

  /** `<data-index>:<label>` of the focused completion row, undefined when none is focused. */
  async #focusedSuggestRow(): Promise<string | undefined> {
    const rows = await this.#renderedSuggestRows();
    const focused = rows.find((r) => r.focused);
    return focused ? `${focused.index}:${focused.label}` : undefined;
  }

  /** The rows of the completion widget that are rendered now, with their list index. */
  #renderedSuggestRows(): Promise<SuggestRowRaw[]> {
    return this.suggestWidget()
      .locator('.monaco-list-rows > .monaco-list-row')
      .evaluateAll((rows) =>
        rows
          .map((row) => ({
            index: Number(row.getAttribute('data-index')),
            total: Number(row.getAttribute('aria-setsize')),
            label: row.querySelector('.label-name')?.textContent?.trim() ?? '',
            // The kind's icon, `codicon-symbol-enum-member` → "Enum Member" (as screen readers
            // announce it; the row's aria-label also carries the docs when the details pane is open).
            kind: (/\bcodicon-symbol-([a-z-]+)/.exec(row.querySelector('.suggest-icon')?.className ?? '')?.[1] ?? '')
              .split('-')
              .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
              .join(' '),
            detail: row.querySelector('.details-label')?.textContent?.trim() ?? '',
            focused: row.classList.contains('focused'),
          }))
          .sort((a, b) => a.index - b.index),
      );
  }

  /**
   * Shows the hover at a 1-based position (cursor there + "Show or Focus Hover", Ctrl+K Ctrl+I)
   * and returns its text. A hover fills in part by part (the problem under the cursor at once, the
   * providers' markdown when they answer): pass `until` to wait for the part you expect.
   */
  async hoverAt(line: number, column: number, until?: RegExp | ((text: string) => boolean)): Promise<string> {
    await this.goTo(line, column);
    await this.page.keyboard.press('Control+K');
    await this.page.keyboard.press('Control+I');
    const hover = this.page.locator('.monaco-hover:not(.hidden) .monaco-hover-content').last();
    await hover.waitFor({ state: 'visible', timeout: DEFAULT_WAIT_MS });
    let text = (await hover.innerText()).trim();
    if (until) {
      const test = typeof until === 'function' ? until : (t: string) => until.test(t);
      await waitUntil(
        async () => test((text = (await hover.innerText().catch(() => '')).trim())),
        DEFAULT_WAIT_MS,
        () => `the hover at ${line}:${column} to show ${typeof until === 'function' ? 'the expected text' : String(until)}; it shows:\n${text}`,
      );
    }
    return text;
  }

  /** Opens the quick-fix menu at a 1-based position (Ctrl+.) and returns the action titles. */
  async quickFixesAt(line: number, column: number): Promise<string[]> {
    await this.goTo(line, column);
    await this.page.keyboard.press('Control+.');
    const actions = this.page.locator('.action-widget .monaco-list-row.action');
    await actions.first().waitFor({ timeout: DEFAULT_WAIT_MS });
    return (await actions.locator('.title').allInnerTexts()).map((t) => t.trim());
  }

  /**
   * Applies the quick fix titled `title` at a 1-based position (opens the menu, picks the row with
   * the keyboard) and
   * waits until the menu is gone. Read the result with `editorText()`.
   */
  async applyQuickFix(line: number, column: number, title: string | RegExp): Promise<void> {
    const titles = await this.quickFixesAt(line, column);
    const wanted = typeof title === 'string' ? new RegExp(`^${escapeRegExp(title)}$`) : title;
    if (!titles.some((t) => wanted.test(t))) {
      throw new Error(`No quick fix ${String(title)} at ${line}:${column}; offered: ${JSON.stringify(titles)}`);
    }
    await this.#pickWithKeyboard(this.page.locator('.action-widget'), '.title', wanted);
    await this.page.locator('.action-widget').waitFor({ state: 'hidden', timeout: DEFAULT_WAIT_MS });
  }

  /** Closes suggest/hover/quick-fix widgets (Escape) and returns focus to the editor. */
  async closeWidgets(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await this.focusEditor();
  }

  /** Discards unsaved changes of the active editor ("File: Revert File"). */
  async revertActiveEditor(): Promise<void> {
    await this.runCommand('File: Revert File');
    await this.page.locator('.tabs-container .tab.active.dirty').waitFor({ state: 'detached', timeout: DEFAULT_WAIT_MS });
  }

  // ------------------------------------------------------------------ language status

  /**
   * The language status entry of the status bar: the `{ }` next to the language mode ("SMM
   * Strategy"), shown while the active editor's language has language status items. Its icon says
   * the most severe item's severity: `bracket`, `bracket-dot` (a Warning) or `bracket-error`.
   */
  languageStatusEntry(): Locator {
    return this.page.locator('.statusbar #status\\.languageStatus');
  }

  /** The `{ }` entry's icon: `bracket`, `bracket-dot` or `bracket-error` ('' when not shown). */
  async languageStatusIcon(): Promise<string> {
    const entry = this.languageStatusEntry();
    if ((await entry.count()) === 0) return '';
    const classes = (await entry.locator('a .codicon').first().getAttribute('class')) ?? '';
    return /\bcodicon-(bracket[a-z-]*)/.exec(classes)?.[1] ?? '';
  }

  /** The hover of the `{ }` entry while it is open: one `.hover-language-status` per item. */
  languageStatusHover(): Locator {
    return this.page.locator('.workbench-hover:visible', { has: this.page.locator('.hover-language-status') });
  }

  /**
   * Opens the language status hover (clicks the `{ }` entry, as a user does; a click shows the
   * hover at once and keeps it, a mouse hover only after a delay) unless it is open, and returns
   * its items, top first. VS Code updates the open hover in place when an item changes, so
   * `waitForLanguageStatus` polls it without reopening. Leaves the hover open: `closeWidgets()`
   * closes it.
   */
  async languageStatus(): Promise<LanguageStatusItem[]> {
    const hover = this.languageStatusHover();
    if (!(await hover.isVisible())) {
      await this.languageStatusEntry().waitFor({ state: 'visible', timeout: DEFAULT_WAIT_MS });
      await this.languageStatusEntry().click();
      await hover.first().waitFor({ state: 'visible', timeout: DEFAULT_WAIT_MS });
    }
    // (No named helper functions inside evaluate callbacks: see readProblemRows.)
    return hover
      .first()
      .locator('.hover-language-status')
      .evaluateAll((items) =>
        items.map((item) => {
          // .left holds the text (icons as codicon spans), then span.separator and the detail.
          const parts = ['', ''];
          let part = 0;
          const nodes = (item.querySelector('.element .left')?.childNodes ?? []) as unknown as ArrayLike<DomNode>;
          for (const node of Array.from(nodes)) {
            const classes = node.nodeType === 1 && node.classList ? Array.from(node.classList) : [];
            if (classes.includes('separator')) {
              part = 1;
            } else if (classes.includes('codicon')) {
              const icon = classes.find((c) => c.startsWith('codicon-') && !c.startsWith('codicon-modifier-'));
              parts[part] += icon ? `$(${icon.slice('codicon-'.length)})` : '';
            } else {
              parts[part] += node.textContent ?? '';
            }
          }
          // VS Code's internal severities: sev1 Info, sev2 Warning, sev3 Error.
          const sev = /\bsev(\d)\b/.exec(item.querySelector('.severity')?.className ?? '')?.[1];
          return {
            text: (parts[0] ?? '').trim(),
            detail: (parts[1] ?? '').trim(),
            severity: (sev === '3' ? 'error' : sev === '2' ? 'warning' : sev === '1' ? 'info' : 'unknown') as LanguageStatusItem['severity'],
            command: item.querySelector('.element .right a.monaco-link')?.textContent?.trim() ?? '',
          };
        }),
      );
  }

  /**
   * Waits until the language status items satisfy `predicate` (opening the hover, see
   * `languageStatus()`), and returns them. Items change when the extension publishes, after the
   * editor is shown: never assert on a single read.
   */
  async waitForLanguageStatus(
    predicate: (items: LanguageStatusItem[]) => boolean,
    options: { timeoutMs?: number; description?: string } = {},
  ): Promise<LanguageStatusItem[]> {
    let last: LanguageStatusItem[] = [];
    await waitUntil(
      async () => predicate((last = await this.languageStatus())),
      options.timeoutMs ?? DEFAULT_WAIT_MS,
      () => `${options.description ?? 'language status condition'}; last read:\n  ${describeLanguageStatus(last)}`,
    );
    return last;
  }

  // ------------------------------------------------------------------ webviews

  /**
   * The document inside a webview (e.g. the strategy preview). VS Code nests two iframes: the
   * host frame `iframe.webview.ready` (VS Code's, with the service worker) and inside it
   * `iframe#active-frame`, which holds the extension's HTML. `title` picks the webview by its
   * editor tab when several are open: the frame of the active tab's editor group is used.
   *
   * @example
   *   const preview = wb.webview();
   *   await preview.locator('h1').waitFor();
   *   assert.strictEqual(await preview.locator('h1').innerText(), 'Nush Coffee');
   */
  webview(options: { title?: string } = {}): FrameLocator {
    // Only the visible webview: hidden ones (background tabs) keep their iframes in the DOM.
    const host = this.page.locator('iframe.webview.ready:visible');
    void options.title; // (reserved: several visible webviews side by side are not needed yet)
    return host.first().contentFrame().locator('iframe#active-frame').contentFrame();
  }

  /**
   * Switches the colour theme the way a user does, with "Preferences: Color Theme" (which sets
   * `workbench.colorTheme` in the user settings; `label` as the picker lists it, e.g. "Dark
   * High Contrast"), and waits until the workbench shows it: VS Code
   * marks the workbench with `vs` (light), `vs-dark`, `hc-black` or `hc-light`. Returns the kind
   * of the theme that was on before.
   */
  async setColorTheme(label: string, kind: ThemeKind): Promise<ThemeKind> {
    const before = await this.themeKind();
    await this.startCommand('Preferences: Color Theme');
    const input = this.page.locator('.quick-input-widget input[aria-label^="Select Color Theme"]');
    await input.waitFor({ state: 'visible', timeout: DEFAULT_WAIT_MS });
    await input.fill(label);
    await this.#pickWithKeyboard(this.page.locator('.quick-input-list'), '.label-name', new RegExp(`^${escapeRegExp(label)}$`));
    await input.waitFor({ state: 'hidden', timeout: DEFAULT_WAIT_MS });
    await this.page.locator(`.monaco-workbench.${kind}`).waitFor({ timeout: DEFAULT_WAIT_MS });
    return before;
  }

  /** The kind of the colour theme the workbench shows. */
  async themeKind(): Promise<ThemeKind> {
    const classes = ((await this.page.locator('.monaco-workbench').getAttribute('class')) ?? '').split(/\s+/);
    return THEME_KINDS.find((k) => classes.includes(k)) ?? 'vs';
  }

  /** Waits until a webview tab titled `title` is the active tab of some group. */
  async waitForWebviewTab(title: string): Promise<void> {
    await this.page.locator('.tabs-container .tab.active', { hasText: title }).first().waitFor({ timeout: DEFAULT_WAIT_MS });
    await this.page.locator('iframe.webview.ready:visible').first().waitFor({ timeout: DEFAULT_WAIT_MS });
  }

  // ------------------------------------------------------------------ dialogs and notifications

  /**
   * Picks `label` in the active editor's "More Actions…" menu (the `…` of the editor title),
   * where commands contributed to `editor/title` outside the navigation group are.
   */
  async editorTitleMenu(label: string): Promise<void> {
    await this.page.locator('.editor-group-container.active .editor-actions .codicon-toolbar-more').click();
    // Menus live in a shadow root; Playwright's CSS locators reach into it.
    const item = this.page.locator('.monaco-menu .action-item .action-label', { hasText: new RegExp(`^${escapeRegExp(label)}$`) });
    await item.waitFor({ timeout: DEFAULT_WAIT_MS });
    await item.click();
    // On a loaded machine the click can leave the menu open with the item highlighted (seen
    // in CI): Enter runs the highlighted item, as a keyboard user would.
    const menu = this.page.locator('.monaco-menu');
    const closed = await menu.first().waitFor({ state: 'hidden', timeout: 2_000 }).then(() => true, () => false);
    if (!closed) {
      await item.hover();
      await this.page.keyboard.press('Enter');
      await menu.first().waitFor({ state: 'hidden', timeout: DEFAULT_WAIT_MS });
    }
  }

  /**
   * Saves where a save dialog proposes, once a command has opened it. A workbench in a browser has
   * no native dialogs: VS Code asks in the Quick Input box, whose value is the proposed path.
   * Returns that path.
   */
  async acceptSaveDialog(): Promise<string> {
    const input = this.page.locator('.quick-input-widget input');
    let value = '';
    // The palette's own value starts with '>'; the dialog's is a path, first of a folder, then
    // of the proposed file once the dialog has read that folder.
    await waitUntil(async () => /^\/.*[^/]$/.test(value = await input.inputValue({ timeout: DEFAULT_WAIT_MS }).catch(() => '')), DEFAULT_WAIT_MS,
      () => `a save dialog proposing a file (the input shows "${value}")`);
    await this.page.keyboard.press('Enter');
    await input.waitFor({ state: 'hidden', timeout: DEFAULT_WAIT_MS });
    return value;
  }

  /** Waits for a notification toast whose message matches, and returns its message and buttons. */
  async waitForNotification(message: RegExp): Promise<{ message: string; buttons: string[]; toast: Locator }> {
    const toast = this.page.locator('.notifications-toasts .notification-toast', { has: this.page.locator('.notification-list-item-message', { hasText: message }) }).first();
    await toast.waitFor({ timeout: DEFAULT_WAIT_MS });
    return {
      message: (await toast.locator('.notification-list-item-message').innerText()).trim(),
      buttons: (await toast.locator('.notification-list-item-buttons-container .monaco-button').allInnerTexts()).map((b) => b.trim()),
      toast,
    };
  }

  // ------------------------------------------------------------------ artifacts

  /** Saves a numbered screenshot of the whole window: <screenshotsDir>/NN-<step>.png. */
  async screenshot(step: string): Promise<string> {
    mkdirSync(this.#screenshotsDir, { recursive: true });
    this.#step += 1;
    const file = join(this.#screenshotsDir, `${String(this.#step).padStart(2, '0')}-${slug(step)}.png`);
    // Finished animations: a hover or menu caught while fading in would be half transparent.
    await this.page.screenshot({ path: file, animations: 'disabled' });
    return file;
  }
}

/** Polls `condition` (which reads the DOM) every 100 ms until it holds; throws after `timeoutMs`. */
export async function waitUntil(condition: () => Promise<boolean>, timeoutMs: number, describe: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await condition()) {
      return;
    }
    if (Date.now() > deadline) {
      throw new Error(`Timed out after ${timeoutMs} ms: ${describe()}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

interface RawProblemRow {
  level: string | null;
  index: number;
  last: boolean;
  file: string;
  message: string;
  source: string;
  code: string;
  codeHref: string | undefined;
  position: string;
  severity: string;
}

/** The Problems rows currently rendered in `list`, as raw strings. */
function readProblemRows(list: Locator): Promise<RawProblemRow[]> {
  // (No named helper functions inside evaluate callbacks: tsx compiles them with esbuild's
  // keepNames, whose `__name(...)` wrapper does not exist in the page.)
  // Direct children of .monaco-list-rows only: the tree's sticky-scroll header repeats the
  // current file row (same data-index) in .monaco-tree-sticky-container.
  return list.locator('.monaco-list-rows > .monaco-list-row').evaluateAll((elements) =>
    elements.map((row) => ({
      level: row.getAttribute('aria-level'),
      index: Number(row.getAttribute('data-index')),
      last: row.getAttribute('data-last-element') === 'true',
      file: row.querySelector('.resource-label-container .label-name')?.textContent?.trim() ?? '',
      message: row.querySelector('.marker-message')?.textContent?.trim() ?? '',
      source: row.querySelector('.marker-source')?.textContent?.trim() ?? '',
      code: row.querySelector('.marker-code')?.textContent?.trim() ?? '',
      codeHref: row.querySelector('a.monaco-link')?.getAttribute('href') ?? undefined,
      position: row.querySelector('.marker-line')?.textContent?.trim() ?? '',
      severity: ['error', 'warning', 'info'].find((s) => row.querySelector('.marker-icon')?.classList.contains(s)) ?? 'unknown',
    })),
  );
}

/** One line per problem, for assertion messages. */
export function describeProblems(problems: readonly Problem[]): string {
  if (problems.length === 0) {
    return '(no problems)';
  }
  return problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.severity} [${p.source}] ${p.code} ${p.message}`).join('\n  ');
}

/** One line per language status item, for assertion messages. */
export function describeLanguageStatus(items: readonly LanguageStatusItem[]): string {
  if (items.length === 0) {
    return '(no items)';
  }
  return items.map((i) => `[${i.severity}] ${JSON.stringify(i.text)} — ${JSON.stringify(i.detail)} (command: ${JSON.stringify(i.command)})`).join('\n  ');
}

export function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
