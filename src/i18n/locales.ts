import { sameInEveryLanguage } from './label'

/** Content languages. Azerbaijani is the default and the fallback for every reader-visible field. */
export const locales = ['az', 'en', 'ru'] as const
export type Locale = (typeof locales)[number]
export const defaultLocale: Locale = 'az'

export const localeLabels: Record<Locale, string> = {
  az: 'Azərbaycanca',
  en: 'English',
  ru: 'Русский',
}

export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (locales as readonly string[]).includes(value)

/** A select of content languages, each by its own name (the same in every admin language). */
export const localeOptions = locales.map((value) => ({
  value,
  label: sameInEveryLanguage(localeLabels[value]),
}))
