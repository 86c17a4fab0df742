// What the specs know about the files behind the workbench: the scratch copy of examples/ that
// code-server has open (read from disk, as saved — unsaved edits live in the browser, read them
// with Workbench.editorText()), and the repository's schema and snippets the expectations come from.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { e2e } from './session';

const ROOT = resolve(__dirname, '../../..');

/** The saved text of a file of the workspace the workbench has open (the scratch examples/). */
export function workspaceFile(name: string): string {
  return readFileSync(join(e2e.workspace, name), 'utf8').replace(/\r\n/g, '\n');
}

/** A JSON file of the repository, e.g. `schemas/smm.schema.json`. */
export function repoJson<T = unknown>(path: string): T {
  return JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as T;
}

/**
 * An editor text of the extension as a strategy in `locale` shows it: the English text, or its
 * translation in `l10n/bundle.l10n.<locale>.json`, with `{0}`… filled in.
 */
export function editorText(locale: 'en' | 'hy' | 'ru', message: string, ...args: string[]): string {
  const text = locale === 'en' ? message : (repoJson<Record<string, string>>(`l10n/bundle.l10n.${locale}.json`)[message] ?? message);
  return text.replace(/\{(\d+)\}/g, (_, i: string) => args[Number(i)] ?? '');
}

/**
 * The 1-based line and column (as the status bar and Go to Line count them) of `needle` in `text`,
 * plus `offset` characters; throws when `needle` is missing or not unique, so a changed example
 * fails loudly instead of sending the cursor somewhere else.
 */
export function positionOf(text: string, needle: string, offset = 0): { line: number; column: number } {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`${JSON.stringify(needle)} is not in the file`);
  if (text.indexOf(needle, at + 1) >= 0) throw new Error(`${JSON.stringify(needle)} occurs more than once in the file`);
  const before = text.slice(0, at + offset);
  const line = before.split('\n').length;
  return { line, column: at + offset - before.lastIndexOf('\n') };
}

/** `text` with its 1-based line `line` replaced: the expected text after a one-line edit. */
export function withLine(text: string, line: number, replacement: string): string {
  const lines = text.split('\n');
  lines[line - 1] = replacement;
  return lines.join('\n');
}

/** Line `line` (1-based) of `text`. */
export function lineAt(text: string, line: number): string {
  return text.split('\n')[line - 1] ?? '';
}
