import type { Locale } from '@/i18n/locales'

/** The few words the layouts print themselves, in each language. */
export const labels: Record<Locale, { scan: string; contact: string }> = {
  az: { scan: 'Ətraflı: kodu skan edin', contact: 'Şübhə etdiyiniz halda zəng edin' },
  en: { scan: 'Read more: scan the code', contact: 'If in doubt, call' },
  ru: { scan: 'Подробнее: отсканируйте код', contact: 'Если сомневаетесь, позвоните' },
}
