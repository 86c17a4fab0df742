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
