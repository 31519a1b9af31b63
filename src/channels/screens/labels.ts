import type { ScreenStatus, VersionState } from './status'

/** What the admin calls a screen's status and playlist version, in its languages. */
export const screenLabels: Record<ScreenStatus | VersionState, { az: string; en: string }> = {
  online: { az: 'onlayn', en: 'online' },
  stale: { az: 'gecikir', en: 'stale' },
  silent: { az: 'səssiz', en: 'silent' },
  current: { az: 'cari pleylist', en: 'current playlist' },
  older: { az: 'köhnə pleylist', en: 'older playlist' },
  unknown: { az: 'pleylist məlum deyil', en: 'playlist unknown' },
}
