import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'

export type HotlineSetting = { number: string; label?: Partial<Record<Locale, string>> | null }

/** The hotline numbers with their labels in one language (Azerbaijani where one is missing). */
export const hotlineIn = (lines: HotlineSetting[], locale: Locale) =>
  lines.map((line) => ({
    label: line.label?.[locale] ?? line.label?.az ?? '',
    number: line.number,
  }))

/** The hotline lines ("label: number") in each language, read once per request. */
export const readHotline = async (payload: Payload) => {
  const settings = (await payload.findGlobal({ slug: 'settings', locale: 'all', depth: 0 })) as {
    hotlines?: HotlineSetting[]
  }
  const lines = settings.hotlines ?? []
  return (locale: Locale) =>
    hotlineIn(lines, locale).map(({ label, number }) => `${label}: ${number}`)
}
