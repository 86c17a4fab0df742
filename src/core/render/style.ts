/**
 * The plan's stylesheet, in one place for every host: the export embeds it (with
 * {@link PLAN_THEME_CSS}), and the preview webview can serve the same text, defining the
 * `--smm-*` colours from VS Code's theme variables instead. It is a TypeScript string rather than
 * a `.css` file because the core may not read files and runs unbundled in unit tests.
 *
 * Everything is scoped under `.smm-plan`. Colours come only from the `--smm-*` custom properties:
 * `--smm-fg`, `--smm-bg`, `--smm-muted`, `--smm-border`, `--smm-accent`, `--smm-card`,
 * `--smm-error`, `--smm-warning`, `--smm-info`, `--smm-ok`.
 */
export const PLAN_CSS = `
.smm-plan {
  color: var(--smm-fg); background: var(--smm-bg);
  font-family: system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans Armenian", "DejaVu Sans", Arial, sans-serif;
  font-size: 1rem; line-height: 1.6; max-width: 56rem; margin: 0 auto; padding: 1.5rem 1.25rem 3rem;
  overflow-wrap: break-word; hyphens: auto; text-rendering: optimizeLegibility;
}
.smm-plan h1, .smm-plan h2, .smm-plan h3 { line-height: 1.3; margin: 1.8em 0 0.6em; break-after: avoid; }
.smm-plan h1 { font-size: 1.8rem; margin-top: 0.5em; }
.smm-plan h2 { font-size: 1.4rem; padding-bottom: 0.25em; border-bottom: 1px solid var(--smm-border); }
.smm-plan h3 { font-size: 1.15rem; }
.smm-plan p, .smm-plan ul { margin: 0.5em 0 0.9em; }
.smm-plan ul { padding-left: 1.4em; }
.smm-plan li { margin: 0.15em 0; }
.smm-plan .smm-lead { font-size: 1.1rem; color: var(--smm-muted); }
.smm-plan .smm-facts, .smm-plan .smm-dimensions { list-style: none; padding-left: 0; }
.smm-plan .smm-dimensions { display: grid; grid-template-columns: repeat(auto-fill, minmax(17rem, 1fr)); gap: 0.4em 1.5em; }
.smm-plan .smm-dimensions > li { margin: 0; break-inside: avoid; }
.smm-plan .smm-dimensions ul { padding-left: 1.1em; margin: 0.2em 0 0; }
.smm-plan .smm-primary { color: var(--smm-accent); }
.smm-plan .smm-missing, .smm-plan .smm-note { color: var(--smm-muted); }
.smm-plan .smm-gap, .smm-plan .smm-gap td { color: var(--smm-warning); }
.smm-plan table { display: block; overflow-x: auto; border-collapse: collapse; margin: 0.6em 0 1.2em; font-size: 0.95rem; }
.smm-plan th, .smm-plan td { border: 1px solid var(--smm-border); padding: 0.3em 0.6em; text-align: left; vertical-align: top; }
.smm-plan th { background: var(--smm-card); }
.smm-plan tr { break-inside: avoid; }
.smm-plan .smm-total td { border-top-width: 2px; }
.smm-plan .smm-matrix td:not(:first-child) { text-align: center; }
.smm-plan .smm-problems { list-style: none; padding-left: 0; font-size: 0.95rem; }
.smm-plan .smm-badge { margin: 0.3em 0; }
.smm-plan .smm-badge > strong { display: inline-block; border: 1px solid currentColor; border-radius: 0.8em; padding: 0 0.6em; font-size: 0.9rem; }
.smm-plan .smm-badge > ul { list-style: none; padding-left: 1em; margin: 0.2em 0 0.4em; }
.smm-plan .smm-error { color: var(--smm-error); }
.smm-plan .smm-warning { color: var(--smm-warning); }
.smm-plan .smm-info { color: var(--smm-info); }
.smm-plan li.smm-problem { color: var(--smm-fg); }
.smm-plan [data-problem] { cursor: pointer; }
.smm-plan .smm-readiness { margin: 2.5em 0 1em; padding: 0.5em 1.25em 1em; border: 2px solid var(--smm-accent); border-radius: 0.6em; background: var(--smm-card); }
.smm-plan .smm-readiness h2 { border: none; margin-top: 0.5em; }
.smm-plan .smm-checklist { list-style: none; padding-left: 0; }
.smm-plan .smm-checklist > li { padding-left: 1.2em; text-indent: -1.2em; }
.smm-plan .smm-checklist > li > * { text-indent: 0; }
.smm-plan .smm-answered { color: var(--smm-ok); }
.smm-plan .smm-open, .smm-plan .smm-unchecked { color: var(--smm-warning); }
.smm-plan .smm-checklist ul { list-style: none; padding-left: 1.6em; font-size: 0.95rem; }
.smm-plan .smm-failed { color: var(--smm-error); font-style: italic; }
.smm-plan a { color: var(--smm-accent); }
@media print {
  .smm-plan { max-width: none; padding: 0; font-size: 11pt; }
  /* Paper cannot scroll: tables get smaller print, and a heading may break inside a long word, so that the last columns still fit the page. */
  .smm-plan table { display: table; overflow: visible; font-size: 9pt; }
  .smm-plan th, .smm-plan td { padding: 0.2em 0.35em; overflow-wrap: break-word; }
  .smm-plan th { overflow-wrap: anywhere; }
  .smm-plan .smm-badge > strong { border: none; padding: 0; }
  .smm-plan .smm-readiness { break-inside: avoid; }
}
`;

/** Colours for a page of its own (the export): light by default, dark when the reader's system is dark, black on white in print. */
export const PLAN_THEME_CSS = `
:root {
  color-scheme: light dark;
  --smm-fg: #1f2328; --smm-bg: #ffffff; --smm-muted: #59636e; --smm-border: #d1d9e0; --smm-accent: #0b5cad;
  --smm-card: #f6f8fa; --smm-error: #b42318; --smm-warning: #9a6700; --smm-info: #0b5cad; --smm-ok: #1a7f37;
}
@media (prefers-color-scheme: dark) {
  :root {
    --smm-fg: #e6edf3; --smm-bg: #0d1117; --smm-muted: #9198a1; --smm-border: #3d444d; --smm-accent: #58a6ff;
    --smm-card: #151b23; --smm-error: #ff7b72; --smm-warning: #d29922; --smm-info: #58a6ff; --smm-ok: #3fb950;
  }
}
@media print {
  /* Paper is white whatever the reader's screen: the light accents, darker where they carry text. */
  :root {
    color-scheme: light;
    --smm-fg: #000; --smm-bg: #fff; --smm-muted: #333; --smm-border: #999; --smm-accent: #0b5cad;
    --smm-card: #fff; --smm-error: #b42318; --smm-warning: #7d5400; --smm-info: #0b5cad; --smm-ok: #1a7f37;
  }
}
body { margin: 0; background: var(--smm-bg); }
`;
