/** The languages the admin speaks (Payload's i18n.supportedLanguages), Azerbaijani first. */
export const adminLanguages = ['az', 'en', 'ru'] as const
export type AdminLanguage = (typeof adminLanguages)[number]

/** A word or sentence of ours, in every language of the admin. */
export type Words = Record<AdminLanguage, string>

/** The admin language a request or component runs in; Azerbaijani, the admin's fallback, otherwise. */
export const adminLanguageOf = (language: string | undefined): AdminLanguage =>
  (adminLanguages as readonly string[]).includes(language ?? '') ? (language as AdminLanguage) : 'az'
