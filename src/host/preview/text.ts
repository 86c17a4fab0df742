import * as vscode from 'vscode';

/**
 * The preview's own words, in one place for translation: each string is the key of its Armenian
 * and Russian versions in l10n/bundle.l10n.<language>.json. (The plan inside the panel follows the
 * strategy file's language instead; these follow VS Code's.)
 */
export const previewText = {
  /** The panel's title. */
  title: (file: string) => vscode.l10n.t('Preview {0}', file),
  /** The title of a preview locked to its file (it does not follow the active editor). */
  lockedTitle: (file: string) => vscode.l10n.t('[Preview] {0}', file),
  cannotOpen: (file: string) => vscode.l10n.t('Cannot open {0}.', file),
  noStrategy: () => vscode.l10n.t('Open a strategy file (*.smm.yaml) to see its preview.'),
};
