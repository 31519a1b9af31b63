import type { AdminLanguage } from './adminLanguage'

/** An admin label in every language of the admin: Azerbaijani, English, Russian. */
export const label = (az: string, en: string, ru?: string): Partial<Record<AdminLanguage, string>> &
  Record<'az' | 'en', string> => ({ az, en, ...(ru ? { ru } : {}) })
