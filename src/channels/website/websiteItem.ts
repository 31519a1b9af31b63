import { exploitationTypeOptions } from '@/fields/exploitationTypes'
import { isLocale, type Locale } from '@/i18n/locales'
import type { StoredMedia as StoredImage } from '@/media/storedMedia'
import type { PublicationDates } from '@/ledger/publicationDates'
import { pageAddress, type PageAddressSettings, type PageType } from '@/links/pageAddress'
import { bodyHtml, type BodyImage } from '@/richText/bodyHtml'
import { imagesInRichText } from '@/richText/images'

/** What the website lists: every type with a page on the campaign's site. */
export type WebsiteType = PageType

/** An image as stored, read in every language (`alt` by language). */
export type StoredMedia = StoredImage<Partial<Record<Locale, string | null>>>

/** An item as stored, read in every language: localized fields are maps by language. */
export type StoredItem = Record<string, unknown> & { id: string | number }

/** Another public item an item links to. */
export type ItemRef = {
  type: WebsiteType
  id: string
  slug: string | null
  title: string
  url: string | null
}

/** What a view needs from the rest of the read model. */
export type ViewContext = {
  media: ReadonlyMap<string, StoredMedia>
  fileUrl: (filename: string) => string
  pages: (locale: Locale) => PageAddressSettings
  dates: (type: WebsiteType, id: string, locale: Locale) => PublicationDates | null
  /** The languages the item is public in now, for `hreflang`. */
  publicLanguages: (type: WebsiteType, item: StoredItem) => Locale[]
  /** A related item, if it is public in that language now. */
  ref: (type: WebsiteType, id: string, locale: Locale) => ItemRef | null
  hotline: (locale: Locale) => { label: string; number: string }[]
}

/** Renditions a website picks from (the screen sizes are for the metro). */
const webRenditions = ['thumbnail', 'card', 'web'] as const

const isLocaleMap = (value: unknown): value is Partial<Record<Locale, unknown>> =>
  Boolean(value) &&
  typeof value === 'object' &&
  !Array.isArray(value) &&
  Object.keys(value as object).length > 0 &&
  Object.keys(value as object).every(isLocale)

/** A field's value in one language, never another's; unlocalized fields as they are. */
export const inLocale = (value: unknown, locale: Locale): unknown =>
  isLocaleMap(value) ? (value[locale] ?? null) : (value ?? null)

const text = (value: unknown, locale: Locale) => {
  const found = inLocale(value, locale)
  return typeof found === 'string' && found !== '' ? found : null
}

export const relationKey = (value: unknown): string | null => {
  const id =
    value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value
  return typeof id === 'string' || typeof id === 'number' ? String(id) : null
}

/** Where each type holds its images, and under which role a site gets them. */
export const imageFields: Record<WebsiteType, Record<string, string>> = {
  stories: { heroImage: 'hero' },
  articles: { cover: 'cover' },
  videos: { posterFrame: 'posterFrame' },
  posters: { artwork: 'artwork' },
  brochures: { cover: 'cover' },
}

/** A story's consent decides which media of it may be shown at all. */
export const consentAllows = (item: StoredItem, medium: 'image' | 'video') =>
  Boolean((item.consent as { mediaTypes?: string[] } | null)?.mediaTypes?.includes(medium))

/** The media ids an item shows in one language (its images, and the images in its body). */
export const imagesShown = (type: WebsiteType, item: StoredItem, locale: Locale): string[] => {
  if (type === 'stories' && !consentAllows(item, 'image')) return []
  const own = Object.keys(imageFields[type]).map((field) =>
    relationKey(inLocale(item[field], locale)),
  )
  const inBody =
    type === 'articles' ? imagesInRichText(inLocale(item.body, locale)).map(String) : []
  return [...own, ...inBody].filter((id): id is string => id !== null)
}

const imageView = (role: string, media: StoredMedia, locale: Locale, ctx: ViewContext) => ({
  role,
  url: ctx.fileUrl(media.filename ?? ''),
  width: media.width ?? null,
  height: media.height ?? null,
  mimeType: media.mimeType ?? null,
  // Only this language's own text: a reader of English gets no Azerbaijani alt.
  alt: text(media.alt, locale),
  renditions: Object.fromEntries(
    webRenditions.flatMap((name) => {
      const size = media.sizes?.[name]
      return size?.filename
        ? [
            [
              name,
              {
                url: ctx.fileUrl(size.filename),
                width: size.width ?? null,
                height: size.height ?? null,
              },
            ],
          ]
        : []
    }),
  ),
})

/** The plain fields each type shows besides title, images and body; localized ones in the language. */
const textFields: Record<WebsiteType, string[]> = {
  stories: ['summary', 'pseudonym', 'destination', 'contentWarning'],
  articles: ['excerpt', 'byline'],
  videos: ['description'],
  posters: [],
  brochures: ['intro'],
}

/** Relationship fields a full item shows, as links to the related items that are public. */
const relatedFields: Record<WebsiteType, [field: string, type: WebsiteType][]> = {
  stories: [['relatedVideo', 'videos']],
  articles: [
    ['relatedStories', 'stories'],
    ['relatedVideos', 'videos'],
  ],
  videos: [['relatedStories', 'stories']],
  posters: [],
  brochures: [],
}

const exploitationLabel = new Map(
  exploitationTypeOptions.map((option) => [option.value, option.label]),
)

const refsOf = (type: WebsiteType, item: StoredItem, locale: Locale, ctx: ViewContext) => {
  const refs = relatedFields[type].flatMap(([field, relatedType]) => {
    // A story's video goes out only if the consent allows video.
    if (type === 'stories' && relatedType === 'videos' && !consentAllows(item, 'video')) return []
    const value = inLocale(item[field], locale)
    return (Array.isArray(value) ? value : [value]).flatMap((one) => {
      const id = relationKey(one)
      const ref = id ? ctx.ref(relatedType, id, locale) : null
      return ref ? [ref] : []
    })
  })
  // A brochure names its stories and articles together.
  if (type === 'brochures')
    for (const entry of (item.items as { relationTo?: string; value?: unknown }[] | null) ?? []) {
      const id = relationKey(entry?.value)
      const ref =
        id && (entry.relationTo === 'stories' || entry.relationTo === 'articles')
          ? ctx.ref(entry.relationTo, id, locale)
          : null
      if (ref) refs.push(ref)
    }
  return refs
}

export const slugOf = (item: StoredItem, locale: Locale) => text(item.slug, locale)

/** The page address of an item in one language. */
export const urlOf = (type: WebsiteType, item: StoredItem, locale: Locale, ctx: ViewContext) =>
  pageAddress(ctx.pages(locale), { type, locale, slug: slugOf(item, locale), id: item.id })

/**
 * One public item in one language, ready for a website: its own fields in that language only,
 * labels for its codes, images with their renditions, publication dates, the languages it can
 * be read in, and its page address; in full also the body as sanitised HTML, related items that
 * are public and the hotline. Never the consent record or the workflow state.
 */
export const websiteItem = (
  type: WebsiteType,
  item: StoredItem,
  locale: Locale,
  ctx: ViewContext,
  { full }: { full: boolean },
) => {
  const id = String(item.id)
  const dates = ctx.dates(type, id, locale)
  const images = Object.entries(imageFields[type]).flatMap(([field, role]) => {
    if (type === 'stories' && !consentAllows(item, 'image')) return []
    const media = ctx.media.get(relationKey(inLocale(item[field], locale)) ?? '')
    return media?.filename ? [imageView(role, media, locale, ctx)] : []
  })
  // Only the images this item shows here, which are public with it: the model holds others too.
  const shown = new Set(imagesShown(type, item, locale))
  const imageOf = (value: unknown): BodyImage | null => {
    const id = relationKey(value)
    const media = id && shown.has(id) ? ctx.media.get(id) : undefined
    return media?.filename
      ? {
          url: ctx.fileUrl(media.filename),
          width: media.width ?? null,
          height: media.height ?? null,
          alt: text(media.alt, locale),
        }
      : null
  }
  return {
    type,
    id,
    slug: slugOf(item, locale),
    locale,
    url: urlOf(type, item, locale, ctx),
    title: text(item.title, locale) ?? '',
    ...Object.fromEntries(textFields[type].map((field) => [field, text(item[field], locale)])),
    ...(type === 'stories'
      ? {
          exploitationTypes: ((item.exploitationTypes as string[] | null) ?? []).map((value) => ({
            value,
            label: exploitationLabel.get(value)?.[locale] ?? value,
          })),
        }
      : {}),
    ...(type === 'articles'
      ? { tags: (inLocale(item.tags, locale) as string[] | null) ?? [] }
      : {}),
    ...(type === 'videos'
      ? {
          externalUrl: text(item.externalUrl, locale),
          duration: (item.duration as number | null) ?? null,
        }
      : {}),
    images,
    firstPublishedAt: dates?.firstPublishedAt ?? null,
    publishedAt: dates?.publishedAt ?? null,
    languages: ctx.publicLanguages(type, item).map((language) => ({
      locale: language,
      slug: slugOf(item, language),
      url: urlOf(type, item, language, ctx),
    })),
    ...(full
      ? {
          ...(type === 'stories' || type === 'articles'
            ? { bodyHtml: bodyHtml(inLocale(item.body, locale), { imageOf }) }
            : {}),
          related: refsOf(type, item, locale, ctx),
          hotline: ctx.hotline(locale),
        }
      : {}),
  }
}

export type WebsiteItem = ReturnType<typeof websiteItem>
