import type { Words } from './adminLanguage'

/** An admin label in every language of the admin: Azerbaijani, English, Russian. */
export const label = (az: string, en: string, ru: string): Words => ({ az, en, ru })
