import type { Words } from '@/i18n/adminLanguage'
import { label } from '@/i18n/label'

import type { LedgerChange } from './changes'

/** What the admin calls each kind of ledger entry. */
export const ledgerChangeLabels: Record<LedgerChange, Words> = {
  published: label('Dərc edildi', 'Published', 'Опубликовано'),
  unpublished: label('Dərcdən çıxarıldı', 'Unpublished', 'Снято с публикации'),
  'consent-withdrawn': label('Razılıq geri götürüldü', 'Consent withdrawn', 'Согласие отозвано'),
  'consent-narrowed': label('Razılıq daraldıldı', 'Consent narrowed', 'Согласие сужено'),
  'consent-expired': label('Razılığın müddəti bitdi', 'Consent expired', 'Срок согласия истёк'),
  erased: label('Silindi (şəxsi məlumat)', 'Erased (personal data)', 'Стёрто (личные данные)'),
  deleted: label('Silindi', 'Deleted', 'Удалено'),
  'settings-changed': label('Parametrlər dəyişdi', 'Settings changed', 'Настройки изменены'),
  'screens-changed': label('Ekranlar dəyişdi', 'Screens changed', 'Экраны изменены'),
  'media-changed': label('Media faylı dəyişdi', 'Media file changed', 'Медиафайл изменён'),
}
