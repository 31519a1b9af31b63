import type { Locale } from '@/i18n/locales'
import type { StoredMedia } from '@/media/storedMedia'
import { bodyHtml } from '@/richText/bodyHtml'
import type { PublicationDates } from '@/ledger/publicationDates'
import { pageAddress, type PageAddressSettings } from '@/links/pageAddress'

import type { PartnerContentType } from '@/access/partnerScope'

/** Renditions a partner republishes (screen sizes are for the metro). */
const partnerRenditions = ['thumbnail', 'card', 'web'] as const

export type MediaDoc = StoredMedia

type FileView = {
  url: string
  width: number | null
  height: number | null
  mimeType: string | null
  /** Bytes: RSS enclosures and ninjs renditions carry the size. */
  filesize: number | null
}

export type ImageView = FileView & {
  role: string
  alt: string | null
  renditions: Record<string, FileView>
}

/** Which fields of each type hold images, and under which role a partner sees them. */
export const imageFields: Record<PartnerContentType, Record<string, string>> = {
  stories: { heroImage: 'hero' },
  articles: { cover: 'cover' },
  videos: { posterFrame: 'posterFrame' },
  posters: { artwork: 'artwork' },
}

/** The plain fields each type hands a partner, besides title, images and body. */
const textFields: Record<PartnerContentType, string[]> = {
  stories: ['slug', 'summary', 'pseudonym', 'exploitationTypes', 'destination', 'contentWarning'],
  articles: ['slug', 'excerpt', 'byline', 'tags'],
  videos: ['slug', 'description', 'duration', 'externalUrl', 'subtitles'],
  posters: ['displaySeconds'],
}

const relationId = (value: unknown) =>
  value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value

const imageView = (
  role: string,
  media: MediaDoc,
  fileUrl: (name: string) => string,
): ImageView => ({
  role,
  url: media.filename ? fileUrl(media.filename) : '',
  width: media.width ?? null,
  height: media.height ?? null,
  mimeType: media.mimeType ?? null,
  filesize: media.filesize ?? null,
  alt: media.alt ?? null,
  renditions: Object.fromEntries(
    partnerRenditions.flatMap((name) => {
      const size = media.sizes?.[name]
      return size?.filename
        ? [
            [
              name,
              {
                url: fileUrl(size.filename),
                width: size.width ?? null,
                height: size.height ?? null,
                mimeType: size.mimeType ?? null,
                filesize: size.filesize ?? null,
              },
            ],
          ]
        : []
    }),
  ),
})

export type ItemView = Record<string, unknown> & {
  type: PartnerContentType
  id: string
  locale: Locale
  /** The stable identifier of this item in this language (a slug can change; an id cannot). */
  uri: string
  /** The item's page on the campaign's website in this language, or null while none is set. */
  url: string | null
  title: string
  bodyHtml: string | null
  images: ImageView[]
  hotline: string[]
  createdAt: string
  updatedAt: string
  /** When readers could first read it in this language, from the publication ledger. */
  firstPublishedAt: string | null
  /** When its current text in this language was published. */
  publishedAt: string | null
}

/** One item in one language, where the API serves it. */
export type ItemRef = { apiUrl: string; type: PartnerContentType; id: string; locale: Locale }

/** The address that names one item in one language, also in its tombstone. */
export const itemUri = ({ apiUrl, type, id, locale }: ItemRef) =>
  `${apiUrl}/${type}/${id}?locale=${locale}`

/**
 * One item in one language as partners get it: the fields a reader sees, the body as HTML,
 * absolute image URLs, the hotline in that language, its page on the campaign's website and
 * its publication dates. `doc` was read with the partner's own access, so fields its consent
 * does not allow (a story's image) are already gone.
 */
export const itemView = ({
  type,
  doc,
  locale,
  media,
  hotline,
  fileUrl,
  apiUrl,
  pages,
  dates,
}: {
  type: PartnerContentType
  doc: Record<string, unknown>
  locale: Locale
  media: ReadonlyMap<string, MediaDoc>
  hotline: string[]
  fileUrl: (filename: string) => string
  apiUrl: string
  /** Settings → Website's address templates in this language. */
  pages: PageAddressSettings
  dates: PublicationDates | null
}): ItemView => {
  const images = Object.entries(imageFields[type]).flatMap(([field, role]) => {
    const found = media.get(String(relationId(doc[field])))
    return found ? [imageView(role, found, fileUrl)] : []
  })
  const imageOf = (value: unknown) => {
    const found = media.get(String(relationId(value)))
    return found?.filename
      ? {
          url: fileUrl(found.filename),
          width: found.width ?? null,
          height: found.height ?? null,
          alt: found.alt ?? null,
        }
      : null
  }
  const id = String(doc.id)
  const slug = typeof doc.slug === 'string' ? doc.slug : null
  return {
    type,
    id,
    locale,
    uri: itemUri({ apiUrl, type, id, locale }),
    url: pageAddress(pages, { type, locale, slug, id }),
    title: String(doc.title ?? ''),
    ...Object.fromEntries(textFields[type].map((field) => [field, doc[field] ?? null])),
    ...(type === 'stories' ? { relatedVideo: relationId(doc.relatedVideo) ?? null } : {}),
    bodyHtml: bodyHtml(doc.body, { imageOf }),
    images,
    hotline,
    createdAt: String(doc.createdAt),
    updatedAt: String(doc.updatedAt),
    firstPublishedAt: dates?.firstPublishedAt ?? null,
    publishedAt: dates?.publishedAt ?? null,
  }
}
