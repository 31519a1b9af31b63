import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'

type HotlineLine = { number: string; label?: Partial<Record<Locale, string>> | null }

/** The hotline lines ("label: number") in each language, read once per request. */
export const readHotline = async (payload: Payload) => {
  const settings = (await payload.findGlobal({ slug: 'settings', locale: 'all', depth: 0 })) as {
    hotlines?: HotlineLine[]
  }
  const lines = settings.hotlines ?? []
  return (locale: Locale) =>
    lines.map((line) => `${line.label?.[locale] ?? line.label?.az ?? ''}: ${line.number}`)
}
