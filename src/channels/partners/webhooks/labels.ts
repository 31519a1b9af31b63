import type { Words } from '@/i18n/adminLanguage'
import { label } from '@/i18n/label'

import type { WebhookEvent } from './events'

/** What the admin calls each event a partner's webhook hears about. */
export const webhookEventLabels: Record<WebhookEvent, Words> = {
  publish: label('Dərc', 'Publish', 'Публикация'),
  update: label('Yenilənmə', 'Update', 'Обновление'),
  unpublish: label('Dərcdən çıxma', 'Unpublish', 'Снятие с публикации'),
  withdraw: label('Geri götürülmə', 'Withdrawal', 'Отзыв'),
}
