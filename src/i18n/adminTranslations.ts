import type { AdminLanguage } from './adminLanguage'

type Overrides = Record<string, Record<string, string>>

/**
 * Payload's own admin words where its Azerbaijani and Russian read wrong (payload.config.ts
 * `i18n.translations`; keys from @payloadcms/translations/languages/{az,ru}). What needed it:
 * - English Title Case copied into Azerbaijani ("Şəkili Redaktə Et", "Payload Parametrləri"):
 *   Azerbaijani capitalises the first word only, and "Payload" is no word an editor knows;
 * - a plural after a number ("6 Xətalar"): Azerbaijani keeps the noun singular after a numeral,
 *   and Russian's plural changes with the number, so it is cut short ("6 ош.");
 * - yes/no read as logic ("yalan", «ложь») in checkbox cells and filters;
 * - "<Heç bir Sonra>" for an empty cell, "Əvvəl" for taking over a locked document, "security settings" for
 *   resetting preferences, "Layihə"
 *   (a project) for a draft, "Lokal" for the content language, and Payload's "nəşr" where the
 *   campaign says "dərc".
 * The words of our own collections and components are in their configs, in az, en and ru.
 */
export const adminTranslations: Partial<Record<AdminLanguage, Overrides>> = {
  az: {
    authentication: {
      alreadyActivated: 'Artıq aktivləşdirilib',
      apiKey: 'API açarı',
      newAPIKeyGenerated: 'Yeni API açarı yaradıldı.',
      passed: 'Doğrulama keçildi',
    },
    dashboard: {
      editDashboard: 'İdarə panelini redaktə et',
      editingDashboard: 'Panel redaktə olunur',
    },
    error: { noUser: 'İstifadəçi yoxdur' },
    fields: { collapseAll: 'Hamısını bağla', showAll: 'Hamısını göstər' },
    general: {
      adminTheme: 'Admin mövzusu',
      applyChanges: 'Dəyişiklikləri tətbiq et',
      deletedAt: 'Silinmə tarixi',
      error: 'xəta',
      errors: 'xəta',
      exitLivePreview: 'Canlı önizləmədən çıx',
      false: 'Xeyr',
      locale: 'Dil',
      noLabel: '<{{label}} yoxdur>',
      none: 'Heç biri',
      payloadSettings: 'Parametrlər',
      permanentlyDelete: 'Birdəfəlik sil',
      resetPreferences: 'Admin tənzimləmələrini sıfırla',
      saveChanges: 'Dəyişiklikləri saxla',
      takeOver: 'Ələ al',
      true: 'Bəli',
      upcomingEvents: 'Gələcək hadisələr',
    },
    localization: { selectedLocales: 'Seçilmiş dillər' },
    upload: {
      addFiles: 'Fayl əlavə et',
      bulkUpload: 'Toplu yükləmə',
      editImage: 'Şəkli redaktə et',
      fileName: 'Faylın adı',
      fileSize: 'Faylın ölçüsü',
      focalPoint: 'Mərkəzi nöqtə',
    },
    version: {
      compareVersions: 'Versiyaları müqayisə et',
      currentDraft: 'Cari qaralama',
      currentlyPublished: 'Hazırda dərc olunub',
      currentPublishedVersion: 'Dərc olunmuş cari versiya',
      noLabelGroup: 'Adsız qrup',
      previousVersion: 'Əvvəlki versiya',
      schedulePublish: 'Dərc cədvəli',
      specificVersion: 'Konkret versiya',
      status: 'Vəziyyət',
    },
  },
  ru: {
    error: { noUser: 'Нет пользователя' },
    general: {
      adminTheme: 'Тема панели',
      deletedAt: 'Дата удаления',
      errors: 'ош.',
      false: 'Нет',
      locale: 'Язык',
      noLabel: '<{{label}}: нет>',
      none: 'Нет',
      payloadSettings: 'Настройки',
      permanentlyDelete: 'Удалить навсегда',
      true: 'Да',
    },
    localization: { selectedLocales: 'Выбранные языки' },
    version: { currentDraft: 'Текущий черновик', noLabelGroup: 'Группа без названия' },
  },
}
