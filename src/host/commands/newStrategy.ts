import * as vscode from 'vscode';
import { isLocale, LOCALES, type Locale } from '../../core/i18n/locale';
import { newStrategyText } from '../../core/language/snippets';
import { brandNameProblem, strategyFileName } from '../../core/text/fileName';
import type { StrategyAnalysis } from '../analysis';
import { LANGUAGE_ID } from '../config';
import { l10n, uiLocale } from '../l10n';

/**
 * What a caller may answer in advance (a test, the walkthrough, another extension); whatever is
 * missing is asked. `folder: null` means "no folder": an unsaved editor instead of a file.
 */
export interface NewStrategyArgs {
  readonly brand?: string;
  readonly locale?: Locale;
  readonly folder?: vscode.Uri | string | null;
}

/** Each language in its own name, the way a speaker looks for it in a list. */
const LANGUAGE_NAMES: Readonly<Record<Locale, string>> = { en: 'English', hy: 'Հայերեն', ru: 'Русский' };

/**
 * "SMM: New Strategy": asks for the brand's name and the strategy's language, then writes
 * `<brand>.smm.yaml` into the workspace folder (a free name: an existing file is never
 * overwritten) and opens it. With no folder open it opens an unsaved editor named after the
 * brand instead. The file opens with the article's four questions as its only open problems.
 * Resolves to the editor, or undefined when the user cancelled.
 */
export async function newStrategy(analysis: StrategyAnalysis, args?: NewStrategyArgs): Promise<vscode.TextEditor | undefined> {
  const ui = l10n(uiLocale(analysis));
  // Menus and links may pass anything, or nothing: only well-formed answers skip a question.
  const given: NewStrategyArgs = typeof args === 'object' && args !== null ? args : {};
  const brand = typeof given.brand === 'string' ? given.brand : await askBrand(ui);
  if (brand === undefined) return undefined;
  const problem = brandNameProblem(brand);
  if (problem) throw new Error(brandMessage(ui, problem));
  const locale = isLocale(given.locale) ? given.locale : await askLanguage(ui);
  if (locale === undefined) return undefined;
  const folder = given.folder === undefined ? await askFolder(ui) : given.folder === null ? null : toUri(given.folder);
  if (folder === undefined) return undefined;

  const text = newStrategyText(locale, brand.trim(), new Date());
  const document = folder ? await writeFile(folder, brand, text) : await openUnsaved(brand, text);
  return vscode.window.showTextDocument(document);
}

function askBrand(ui: ReturnType<typeof l10n>): Thenable<string | undefined> {
  return vscode.window.showInputBox({
    title: ui.t('New strategy (1/2)'),
    prompt: ui.t('The name of the company, shop or person the strategy is for'),
    placeHolder: ui.t('e.g. Nush Coffee'),
    ignoreFocusOut: true,
    validateInput: (value) => {
      const problem = brandNameProblem(value);
      return problem ? brandMessage(ui, problem) : undefined;
    },
  });
}

/** What is wrong with a brand name, in words. */
export function brandMessage(ui: ReturnType<typeof l10n>, problem: NonNullable<ReturnType<typeof brandNameProblem>>): string {
  switch (problem) {
    case 'empty':
      return ui.t('Write the brand name.');
    case 'tooLong':
      return ui.t('The name is too long: at most {0} characters.', 100);
    case 'control':
      return ui.t('The name must be one line of text.');
  }
}

async function askLanguage(ui: ReturnType<typeof l10n>): Promise<Locale | undefined> {
  // The language of the editor's texts first: most strategies are written in it.
  const order = [ui.locale, ...LOCALES.filter((l) => l !== ui.locale)];
  const picked = await vscode.window.showQuickPick(
    order.map((locale) => ({ label: LANGUAGE_NAMES[locale], description: locale, locale })),
    { title: ui.t('New strategy (2/2)'), placeHolder: ui.t('The language of the strategy and of its checks'), ignoreFocusOut: true },
  );
  return picked?.locale;
}

/** The workspace folder to write into: the only one, or the one picked; null when none is open. */
async function askFolder(ui: ReturnType<typeof l10n>): Promise<vscode.Uri | null | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) return null;
  if (folders.length === 1) return folders[0]!.uri;
  const picked = await vscode.window.showWorkspaceFolderPick({ placeHolder: ui.t('The folder for the new strategy'), ignoreFocusOut: true });
  return picked?.uri;
}

function toUri(folder: vscode.Uri | string): vscode.Uri {
  return typeof folder === 'string' ? vscode.Uri.parse(folder) : folder;
}

/** Writes the strategy under the first free name (`nush-coffee.smm.yaml`, `nush-coffee-2.smm.yaml`…). */
async function writeFile(folder: vscode.Uri, brand: string, text: string): Promise<vscode.TextDocument> {
  for (let n = 1; ; n++) {
    const uri = vscode.Uri.joinPath(folder, numberedName(brand, n));
    if (await exists(uri)) continue;
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    return vscode.workspace.openTextDocument(uri);
  }
}

/** The n-th candidate name for a brand's strategy: `nush-coffee.smm.yaml`, then `nush-coffee-2.smm.yaml`… */
function numberedName(brand: string, n: number): string {
  return strategyFileName(brand, n === 1 ? '' : `-${n}`);
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch (error) {
    if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return false;
    throw error;
  }
}

/**
 * An unsaved editor whose tab (and Save dialog) already carries the brand's file name, under a
 * name no open editor has (opening an open name would hand back that editor's text).
 */
async function openUnsaved(brand: string, text: string): Promise<vscode.TextDocument> {
  const open = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
  const untitled = (n: number) => vscode.Uri.from({ scheme: 'untitled', path: numberedName(brand, n) });
  let n = 1;
  while (open.has(untitled(n).toString())) n++;
  const uri = untitled(n);
  // A web host without a folder has no file system to resolve such a name against: there the
  // editor is an ordinary "Untitled-1".
  const document = await Promise.resolve(vscode.workspace.openTextDocument(uri)).catch(() => undefined);
  if (!document) return vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content: text });
  const edit = new vscode.WorkspaceEdit();
  edit.insert(document.uri, new vscode.Position(0, 0), text);
  if (!(await vscode.workspace.applyEdit(edit))) throw new Error(`could not write the new strategy into ${uri.toString()}`);
  return document;
}
