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
