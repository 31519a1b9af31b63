import type { Locale } from '@/i18n/locales'

/** The content types that have a page on the campaign's website. */
export const pageTypes = ['stories', 'articles', 'videos', 'posters', 'brochures'] as const
export type PageType = (typeof pageTypes)[number]

/** Settings → Website: an address template per content type, and the home page, per language. */
export type PageAddressSettings = Partial<Record<PageType | 'home', string | null>>

const placeholders = ['{locale}', '{type}', '{slug}', '{id}'] as const

/** Why a page address template cannot be used, or null. */
export const pageAddressProblem = (template: string): string | null => {
  const filled = template.replaceAll(/\{(locale|type|slug|id)\}/g, 'x')
  if (/[{}]/.test(filled)) return `Only ${placeholders.join(', ')} can be filled in.`
  try {
    const url = new URL(filled)
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error()
  } catch {
    return 'Write a whole web address starting with https://.'
  }
  return null
}

const usable = (template: string | null | undefined) =>
  template && pageAddressProblem(template) === null ? template : null

/**
 * The page that shows one item in one language on the campaign's website, or null while the
 * campaign has not said where its pages are. Types without a slug (posters, brochures) fill
 * `{slug}` with their id. Every part is URL-encoded, so a slug cannot change the address's shape.
 */
export const pageAddress = (
  templates: PageAddressSettings | null | undefined,
  {
    type,
    locale,
    slug,
    id,
  }: { type: PageType; locale: Locale; slug?: string | null; id: string | number },
): string | null => {
  const template = usable(templates?.[type])
  if (!template) return null
  const values: Record<string, string> = {
    locale,
    type,
    slug: String(slug || id),
    id: String(id),
  }
  return template.replaceAll(/\{(locale|type|slug|id)\}/g, (_whole, name: string) =>
    encodeURIComponent(values[name]),
  )
}

/** The campaign website's home page in one language (feeds link to it), or null. */
export const homePageAddress = (
  templates: PageAddressSettings | null | undefined,
  locale: Locale,
): string | null => usable(templates?.home)?.replaceAll('{locale}', locale) ?? null

/** The settings' templates in one language, from the global read with `locale: 'all'`. */
export const pageAddressesIn = (
  website: Partial<Record<string, Partial<Record<Locale, string | null>> | null>> | null | undefined,
  locale: Locale,
): PageAddressSettings =>
  Object.fromEntries(
    (['home', ...pageTypes] as const).map((key) => [key, website?.[key]?.[locale] ?? null]),
  )
