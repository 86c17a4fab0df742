import * as vscode from 'vscode';

/**
 * Text the extension shows around workspace-wide linting, in one place for translation: each
 * string is the key of its Armenian and Russian versions in l10n/bundle.l10n.<language>.json,
 * which VS Code picks by its display language. Counts come after a colon, so no language
 * needs plural forms.
 */
export const workspaceLintText = {
  progress: () => vscode.l10n.t('SMM: checking the strategy files of the workspace…'),
  checked: (files: number) => vscode.l10n.t('SMM: strategy files checked: {0}.', files),
  limited: (files: number, setting: string) =>
    vscode.l10n.t('SMM: only the first {0} strategy files were checked. To check more, raise the limit in the setting {1}.', files, setting),
  tooLarge: (kilobytes: number, setting: string) =>
    vscode.l10n.t('Not checked: this file is larger than {0} KB, the limit of the setting {1}. Open the file to check it.', kilobytes, setting),
};

/** Text of "SMM: Export Plan as HTML": the save dialog, what it says when done, and why it could not. */
export const exportText = {
  title: () => vscode.l10n.t('Export Plan as HTML'),
  saveLabel: () => vscode.l10n.t('Export'),
  webPages: () => vscode.l10n.t('Web pages'),
  noStrategy: () => vscode.l10n.t('Open a strategy file (*.smm.yaml) first: its plan is what gets exported.'),
  overStrategy: () => vscode.l10n.t('The plan cannot be saved over the strategy itself. Choose another name for it.'),
  exported: (file: string) => vscode.l10n.t('The plan was saved as {0}.', file),
  openInBrowser: () => vscode.l10n.t('Open in Browser'),
  showInExplorer: () => vscode.l10n.t('Show in Explorer'),
  notSaved: (file: string, reason: string) => vscode.l10n.t('The plan could not be saved as {0}: {1}.', file, reason),
  noPermission: () => vscode.l10n.t('there is no permission to write there'),
  noFolder: () => vscode.l10n.t('that folder does not exist'),
  isFolder: () => vscode.l10n.t('a folder has that name'),
  unavailable: () => vscode.l10n.t('the place is not available right now'),
  unknownReason: () => vscode.l10n.t('the file could not be written'),
  failed: () => vscode.l10n.t('The plan could not be exported because of an error in the extension. The details are in the SMM output.'),
};
