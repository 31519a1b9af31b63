import type { Words } from '@/i18n/adminLanguage'

import type { ScreenStatus, VersionState } from './status'

/** What the admin calls a screen's status and playlist version, in its languages. */
export const screenLabels: Record<ScreenStatus | VersionState, Words> = {
  online: { az: 'onlayn', en: 'online', ru: 'онлайн' },
  stale: { az: 'gecikir', en: 'stale', ru: 'запаздывает' },
  silent: { az: 'səssiz', en: 'silent', ru: 'молчит' },
  current: { az: 'cari pleylist', en: 'current playlist', ru: 'текущий плейлист' },
  older: { az: 'köhnə pleylist', en: 'older playlist', ru: 'старый плейлист' },
  unknown: { az: 'pleylist məlum deyil', en: 'playlist unknown', ru: 'плейлист неизвестен' },
}
