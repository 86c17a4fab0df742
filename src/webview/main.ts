// The preview's page: shows the plan the host renders, patches it on updates, keeps it scrolled
// with the editor, and turns clicks into messages. It renders and validates nothing itself, and
// never navigates: every link and click goes to the host, which decides.
import type { FromWebview, InitialData, PreviewSettings, PreviewState, ToWebview } from '../protocol';
import { PageBlocks, type PageBlock } from './blocks';
import { blockForLine, lineAtOffset, offsetOfLine } from './lineMap';
import { patchChildren, replaceChildren } from './patch';
import { ScrollEcho } from './scrollEcho';

/** How often scrolling reports the top line to the host, at most (VS Code's preview uses the same). */
const SCROLL_THROTTLE_MS = 50;
const ACTIVE_CLASS = 'smm-active-block';

const vscode = acquireVsCodeApi<PreviewState>();
const root = document.getElementById('smm-plan') as HTMLElement;
const initial = JSON.parse(root.dataset.state ?? '{}') as InitialData;

let source = initial.source;
let version = initial.version;
let locked = initial.locked;
let settings: PreviewSettings = initial.settings;
let selectedLine = initial.selectedLine;
const blocks = new PageBlocks(root);
const echo = new ScrollEcho();

function post(message: FromWebview): void {
  vscode.postMessage(message);
}

function saveState(line?: number): void {
  vscode.setState({ source, locked, ...(line === undefined ? {} : { line }) });
}

/** Scrolls the page itself (not the user): the scroll event that follows is not reported back. */
function scrollToOffset(offset: number): void {
  const from = window.scrollY;
  window.scrollTo(window.scrollX, Math.max(0, offset));
  echo.scrolled(from, window.scrollY);
}

function scrollToLine(line: number): void {
  scrollToOffset(offsetOfLine(blocks.homes, line));
}

function topLine(): number {
  return lineAtOffset(blocks.homes, window.scrollY);
}

function highlight(line: number | undefined): void {
  for (const element of Array.from(root.getElementsByClassName(ACTIVE_CLASS))) element.classList.remove(ACTIVE_CLASS);
  if (line === undefined) return;
  blockForLine<PageBlock>(blocks.homes, line)?.element.classList.add(ACTIVE_CLASS);
}

function setLocale(locale: string): void {
  document.documentElement.lang = locale;
  root.lang = locale;
}

function update(message: Extract<ToWebview, { type: 'update' }>): void {
  settings = message.settings;
  locked = message.locked;
  version = message.version;
  setLocale(message.locale);
  if (message.source !== source) {
    source = message.source;
    selectedLine = undefined;
    replaceChildren(root, message.html);
    blocks.invalidate();
    if (message.line !== undefined) scrollToLine(message.line);
    else scrollToOffset(0);
    saveState(message.line);
    return;
  }
  // Keep the reader on the same part of the plan, whatever grew or shrank above it.
  const line = window.scrollY > 0 ? topLine() : undefined;
  highlight(undefined); // The highlight's class would make its block differ from the new one.
  patchChildren(root, message.html);
  blocks.invalidate();
  if (line !== undefined) scrollToLine(line);
  highlight(selectedLine);
  saveState(line);
}

window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
  const message = event.data;
  if (message.source !== source && message.type !== 'update') return;
  switch (message.type) {
    case 'update':
      update(message);
      break;
    case 'scrollTo':
      if (settings.scrollPreviewWithEditor) {
        scrollToLine(message.line);
        saveState(message.line);
      }
      break;
    case 'selection':
      selectedLine = message.line;
      highlight(message.line);
      break;
  }
});

let scrollTimer: ReturnType<typeof setTimeout> | undefined;
let lastReport = 0;
function onScroll(): void {
  if (echo.isEcho(window.scrollY)) return;
  const line = topLine();
  saveState(line);
  if (settings.scrollEditorWithPreview) post({ type: 'revealLine', source, line });
}
window.addEventListener('scroll', () => {
  // Throttled, with a trailing call: the last position of a fast scroll is always reported.
  const wait = lastReport + SCROLL_THROTTLE_MS - Date.now();
  clearTimeout(scrollTimer);
  if (wait <= 0) {
    lastReport = Date.now();
    onScroll();
  } else {
    scrollTimer = setTimeout(() => {
      lastReport = Date.now();
      onScroll();
    }, wait);
  }
});

document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target : null;
  const link = target?.closest('a');
  if (link) {
    // The frame never navigates: the host opens safe addresses outside the editor.
    event.preventDefault();
    const href = link.getAttribute('href');
    if (href) post({ type: 'openLink', source, href });
    return;
  }
  const problem = target?.closest<HTMLElement>('[data-problem]');
  if (problem && event.detail <= 1) {
    post({ type: 'revealProblem', source, version, problem: Number(problem.dataset.problem) });
  }
});

document.addEventListener('dblclick', (event) => {
  if (!settings.doubleClickToSwitchToEditor) return;
  const target = event.target instanceof Element ? event.target : null;
  if (!target || target.closest('a, [data-problem]')) return;
  const block = target.closest<HTMLElement>('[data-line]');
  if (block) post({ type: 'openSource', source, line: Number(block.dataset.line) });
});

// Forms are disabled for the page, and there are none; a submit would navigate the frame.
document.addEventListener('submit', (event) => event.preventDefault());

// First paint: the plan is already in <main>. Restore where the reader was (a reload, a panel
// shown again), else open where the editor is.
const restored = vscode.getState();
setLocale(initial.locale);
const startLine = restored?.source === source && restored.line !== undefined ? restored.line : initial.line;
if (startLine !== undefined && startLine > 0) scrollToLine(startLine);
highlight(selectedLine);
saveState(startLine);
