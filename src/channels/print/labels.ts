import type { Words } from '@/i18n/adminLanguage'
import { label } from '@/i18n/label'

import type { PrintStatus } from './printFileRecord'

/** What the admin calls a print file's status. */
export const printStatusLabels: Record<PrintStatus, Words> = {
  ready: label('Hazırdır', 'Ready', 'Готов'),
  failed: label('Alınmadı', 'Failed', 'Не удался'),
}
