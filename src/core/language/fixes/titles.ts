import type { Localized } from '../../i18n/locale';

/** The titles of the fixes, in every message language. */
export const TITLES = {
  replace: { en: "Change '{from}' to '{to}'", hy: "Փոխարինել '{from}'-ը '{to}'-ով", ru: "Заменить '{from}' на '{to}'" },
  insertSection: { en: "Add the '{section}' section", hy: "Ավելացնել '{section}' բաժինը", ru: "Добавить раздел '{section}'" },
  fillSection: { en: "Fill in the '{section}' section", hy: "Լրացնել '{section}' բաժինը", ru: "Заполнить раздел '{section}'" },
  appendItem: { en: "Add an item to '{section}'", hy: "Ավելացնել նոր տարր '{section}' բաժնում", ru: "Добавить элемент в раздел '{section}'" },
  completeSection: { en: "Add {keys} to '{section}'", hy: "Ավելացնել {keys} '{section}' բաժնում", ru: "Добавить {keys} в раздел '{section}'" },
  createItem: { en: "Create '{id}' in '{section}'", hy: "Ստեղծել '{id}'-ը '{section}' բաժնում", ru: "Создать '{id}' в разделе '{section}'" },
  makePrimary: { en: "Make '{id}' the primary goal", hy: "Դարձնել '{id}'-ը առաջնային նպատակ", ru: "Сделать '{id}' основной целью" },
  addKeys: { en: 'Add {keys}', hy: 'Ավելացնել {keys}', ru: 'Добавить {keys}' },
  addAny: { en: "Set {keys} to 'any'", hy: "Նշել 'any' {keys}-ի համար", ru: "Указать 'any' для {keys}" },
  disableLine: { en: "Disable '{rule}' for this line", hy: "Անջատել '{rule}' կանոնը այս տողի համար", ru: "Отключить правило '{rule}' для этой строки" },
  disableFile: { en: "Disable '{rule}' for the whole file", hy: "Անջատել '{rule}' կանոնը ամբողջ ֆայլի համար", ru: "Отключить правило '{rule}' для всего файла" },
  changeSeverity: { en: "Change how '{rule}' is reported…", hy: "Փոխել, թե ինչպես նշել '{rule}' կանոնի խնդիրները…", ru: "Изменить, как отмечать проблемы правила '{rule}'…" },
  changeSeverityOfOne: { en: 'Change how a rule here is reported…', hy: 'Փոխել, թե ինչպես նշել այստեղի կանոններից մեկի խնդիրները…', ru: 'Изменить, как отмечать проблемы одного из правил здесь…' },
  showDocs: { en: "Show documentation for '{rule}'", hy: "Ցույց տալ '{rule}' կանոնի նկարագրությունը", ru: "Показать описание правила '{rule}'" },
} satisfies Record<string, Localized>;
