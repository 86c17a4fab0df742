import { l10n } from './l10n';
import type { Locale } from '../core/i18n/locale';

/**
 * Text the extension shows around workspace-wide linting, in one place for translation (see
 * `l10n`). Counts come after a colon, so no language needs plural forms.
 */
export function workspaceLintText(locale: Locale) {
  const { t } = l10n(locale);
  return {
    progress: () => t('SMM: checking the strategy files of the workspace…'),
    checked: (files: number) => t('SMM: strategy files checked: {0}.', files),
    limited: (files: number, setting: string) =>
      t('SMM: only the first {0} strategy files were checked. To check more, raise the limit in the setting {1}.', files, setting),
    tooLarge: (kilobytes: number, setting: string) =>
      t('Not checked: this file is larger than {0} KB, the limit of the setting {1}. Open the file to check it.', kilobytes, setting),
  };
}

/** Text of "SMM: Export Plan as HTML": the save dialog, what it says when done, and why it could not. */
export function exportText(locale: Locale) {
  const { t } = l10n(locale);
  return {
    title: () => t('Export Plan as HTML'),
    saveLabel: () => t('Export'),
    webPages: () => t('Web pages'),
    noStrategy: () => t('Open a strategy file (*.smm.yaml) first: its plan is what gets exported.'),
    overStrategy: () => t('The plan cannot be saved over the strategy itself. Choose another name for it.'),
    exported: (file: string) => t('The plan was saved as {0}.', file),
    openInBrowser: () => t('Open in Browser'),
    showInExplorer: () => t('Show in Explorer'),
    notSaved: (file: string, reason: string) => t('The plan could not be saved as {0}: {1}.', file, reason),
    noPermission: () => t('there is no permission to write there'),
    noFolder: () => t('that folder does not exist'),
    isFolder: () => t('a folder has that name'),
    unavailable: () => t('the place is not available right now'),
    unknownReason: () => t('the file could not be written'),
    failed: () => t('The plan could not be exported because of an error in the extension. The details are in the SMM output.'),
  };
}

export type ExportText = ReturnType<typeof exportText>;

/** The preview panel's own words; the plan inside it follows its strategy's language too. */
export function previewText(locale: Locale) {
  const { t } = l10n(locale);
  return {
    /** The panel's title. */
    title: (file: string) => t('Preview {0}', file),
    /** The title of a preview locked to its file (it does not follow the active editor). */
    lockedTitle: (file: string) => t('[Preview] {0}', file),
    cannotOpen: (file: string) => t('Cannot open {0}.', file),
    noStrategy: () => t('Open a strategy file (*.smm.yaml) to see its preview.'),
  };
}
