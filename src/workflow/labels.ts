import type { Words } from '@/i18n/adminLanguage'
import { label } from '@/i18n/label'

import type { TranslationStatus } from './translations'
import type { Action, Stage } from './transitions'

/** What the admin calls each stage and action, in its languages (field options and buttons). */
export const workflowLabels: Record<Stage | Action, Words> = {
  draft: { az: 'Qaralama', en: 'Draft', ru: 'Черновик' },
  'in-review': { az: 'Rəydə', en: 'In review', ru: 'На рецензии' },
  'changes-requested': { az: 'Düzəliş istənib', en: 'Changes requested', ru: 'Нужны правки' },
  approved: { az: 'Təsdiqlənib', en: 'Approved', ru: 'Одобрено' },
  published: { az: 'Dərc edilib', en: 'Published', ru: 'Опубликовано' },
  unpublished: { az: 'Dərcdən çıxarılıb', en: 'Unpublished', ru: 'Снято с публикации' },
  archived: { az: 'Arxivdə', en: 'Archived', ru: 'В архиве' },
  submit: { az: 'Rəyə göndər', en: 'Submit for review', ru: 'Отправить на рецензию' },
  'request-changes': { az: 'Düzəliş istə', en: 'Request changes', ru: 'Запросить правки' },
  approve: { az: 'Təsdiqlə', en: 'Approve', ru: 'Одобрить' },
  publish: { az: 'Dərc et', en: 'Publish', ru: 'Опубликовать' },
  unpublish: { az: 'Dərcdən çıxar', en: 'Unpublish', ru: 'Снять с публикации' },
  archive: { az: 'Arxivə göndər', en: 'Archive', ru: 'В архив' },
  restore: { az: 'Bərpa et', en: 'Restore', ru: 'Восстановить' },
  'withdraw-consent': {
    az: 'Razılığın geri götürülməsini qeyd et',
    en: 'Record consent withdrawal',
    ru: 'Записать отзыв согласия',
  },
}

/** Each language's status (src/workflow/translations.ts). */
export const translationLabels: Record<TranslationStatus, Words> = {
  missing: { az: 'yazılmayıb', en: 'missing', ru: 'не написан' },
  'in-progress': { az: 'yazılır', en: 'in progress', ru: 'пишется' },
  ready: { az: 'hazırdır', en: 'ready', ru: 'готов' },
  approved: { az: 'təsdiqlənib', en: 'approved', ru: 'одобрен' },
}

/**
 * What the audit log calls each action it records: the workflow's actions, done, and the other
 * changes it keeps (src/workflow/audit.ts callers).
 */
export const auditActionLabels: Record<Action | AuditOnlyAction, Words> = {
  submit: label('Rəyə göndərildi', 'Submitted for review', 'Отправлено на рецензию'),
  'request-changes': label('Düzəliş istənildi', 'Changes requested', 'Запрошены правки'),
  approve: label('Təsdiqləndi', 'Approved', 'Одобрено'),
  publish: label('Dərc edildi', 'Published', 'Опубликовано'),
  unpublish: label('Dərcdən çıxarıldı', 'Unpublished', 'Снято с публикации'),
  archive: label('Arxivə göndərildi', 'Archived', 'Отправлено в архив'),
  restore: label('Bərpa edildi', 'Restored', 'Восстановлено'),
  'withdraw-consent': label('Razılıq geri götürüldü', 'Consent withdrawn', 'Согласие отозвано'),
  'mark-ready': label('Tərcümə hazırdır', 'Translation marked ready', 'Перевод готов'),
  'consent-change': label(
    'Razılıq qeydi dəyişdi',
    'Consent record changed',
    'Запись о согласии изменена',
  ),
  'narrow-consent': label(
    'Razılıq daraldıldı (yayımdakı hekayəyə dərhal şamil olunur)',
    'Consent narrowed (applies to the live story at once)',
    'Согласие сужено (сразу действует для опубликованной истории)',
  ),
  erase: label('Şəxsi məlumat silindi', 'Personal data erased', 'Личные данные стёрты'),
}
type AuditOnlyAction = 'mark-ready' | 'consent-change' | 'narrow-consent' | 'erase'
