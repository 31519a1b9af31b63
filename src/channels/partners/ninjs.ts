import type { Locale } from '@/i18n/locales'

import { itemUri, type ImageView, type ItemRef, type ItemView } from './itemView'
import type { PartnerContentType } from '@/access/partnerScope'
import type { SyncItem } from './sync'

/** ninjs 2.2, the newest 2.x the IPTC has approved. */
export const ninjsStandard = {
  name: 'ninjs',
  version: '2.2',
  schema: 'http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json',
} as const

type NinjsRendition = {
  name: string
  href: string
  contenttype?: string
  width?: number
  height?: number
  sizeinbytes?: number
}

export type Ninjs = {
  uri: string
  standard?: typeof ninjsStandard
  type?: 'text' | 'video' | 'picture'
  version?: string
  firstcreated?: string
  versioncreated?: string
  pubstatus: 'usable' | 'canceled'
  language?: string
  headlines?: { role?: string; value: string }[]
  descriptions?: { role: string; contenttype: string; value: string }[]
  bodies?: { role: string; contenttype: string; value: string }[]
  by?: string
  slugline?: string
  renditions?: NinjsRendition[]
  associations?: (Omit<Ninjs, 'pubstatus'> & { name: string; pubstatus?: 'usable' })[]
}

/** Stories and articles are text; a video entry is video; a poster is its artwork. */
const ninjsType: Record<PartnerContentType, NonNullable<Ninjs['type']>> = {
  stories: 'text',
  articles: 'text',
  videos: 'video',
  posters: 'picture',
}

/** The short text each type has beside its title. */
const summaryField: Record<PartnerContentType, string | undefined> = {
  stories: 'summary',
  articles: 'excerpt',
  videos: 'description',
  posters: undefined,
}

/** An item's summary (a story's summary, an article's excerpt, a video's description). */
export const summaryOf = (view: ItemView): string | null => {
  const field = summaryField[view.type]
  const value = field ? view[field] : null
  return typeof value === 'string' && value !== '' ? value : null
}

/** Drops the keys whose value is null, which the schema's types do not allow. */
const present = <T extends Record<string, unknown>>(value: T) =>
  Object.fromEntries(Object.entries(value).filter(([, field]) => field !== null)) as {
    [K in keyof T]: Exclude<T[K], null>
  }

const renditionsOf = (image: ImageView): NinjsRendition[] => [
  present({
    name: 'original',
    href: image.url,
    contenttype: image.mimeType,
    width: image.width,
    height: image.height,
    sizeinbytes: image.filesize,
  }),
  ...Object.entries(image.renditions).map(([name, rendition]) =>
    present({
      name,
      href: rendition.url,
      contenttype: rendition.mimeType,
      width: rendition.width,
      height: rendition.height,
      sizeinbytes: rendition.filesize,
    }),
  ),
]

/**
 * One item in one language as an IPTC ninjs 2.2 object. `uri` is its stable name, never its
 * page (a slug can change, and an erased story's tombstone cannot know its slug); the page on
 * the campaign's website is the `canonical` rendition, `text/html`. The hotline is a body of its own (role
 * "hotline"): ninjs treats descriptions as metadata and infosources as those who supplied the
 * content, while the hotline is text the partner publishes beside every item.
 */
export const ninjsItem = (view: ItemView): Ninjs => {
  const summary = summaryOf(view)
  const slug = typeof view.slug === 'string' ? view.slug : null
  const byline = typeof view.byline === 'string' && view.byline !== '' ? view.byline : null
  const externalUrl = typeof view.externalUrl === 'string' ? view.externalUrl : null
  // A poster is the picture itself; any other item links its images.
  const [artwork] = view.type === 'posters' ? view.images : []
  const renditions = [
    ...(artwork ? renditionsOf(artwork) : []),
    ...(!artwork && externalUrl ? [{ name: 'external', href: externalUrl }] : []),
    // ninjs 2.2 has no links (3.x does): the page is the item's rendition as a web page.
    ...(view.url ? [{ name: 'canonical', href: view.url, contenttype: 'text/html' }] : []),
  ]
  return {
    uri: view.uri,
    standard: ninjsStandard,
    type: ninjsType[view.type],
    // Changes with every published change, always upwards: a receiver keeps the highest.
    version: String(Date.parse(view.updatedAt)),
    firstcreated: view.firstPublishedAt ?? view.createdAt,
    versioncreated: view.publishedAt ?? view.updatedAt,
    pubstatus: 'usable',
    language: view.locale,
    headlines: [{ role: 'main', value: view.title }],
    ...(summary
      ? { descriptions: [{ role: 'summary', contenttype: 'text/plain', value: summary }] }
      : {}),
    bodies: [
      ...(view.bodyHtml ? [{ role: 'main', contenttype: 'text/html', value: view.bodyHtml }] : []),
      ...(view.hotline.length > 0
        ? [{ role: 'hotline', contenttype: 'text/plain', value: view.hotline.join('\n') }]
        : []),
    ],
    ...(byline ? { by: byline } : {}),
    ...(slug ? { slugline: slug } : {}),
    ...(renditions.length > 0 ? { renditions } : {}),
    ...(view.type !== 'posters' && view.images.length > 0
      ? {
          associations: view.images.map((image) => ({
            name: image.role,
            uri: image.url,
            type: 'picture' as const,
            ...(image.alt
              ? { descriptions: [{ role: 'alt', contenttype: 'text/plain', value: image.alt }] }
              : {}),
            renditions: renditionsOf(image),
          })),
        }
      : {}),
  }
}

/**
 * What a partner's copy of an item that may no longer be read becomes: canceled, same uri. Its
 * version is one millisecond past the time the ledger recorded the change that took it away:
 * higher than any version the item had, since each was its last change's time, which came no
 * later than that; a later republication is later still.
 */
export const ninjsCanceled = ({
  apiUrl,
  type,
  id,
  locale,
  takenAwayAt,
}: ItemRef & { takenAwayAt: number }): Ninjs => ({
  uri: itemUri({ apiUrl, type, id, locale }),
  standard: ninjsStandard,
  type: ninjsType[type],
  version: String(takenAwayAt + 1),
  versioncreated: new Date(takenAwayAt).toISOString(),
  pubstatus: 'canceled',
  language: locale,
})

/** A sync page's entry in ninjs: an upsert is usable, a tombstone canceled. */
export const ninjsSyncItem = (entry: SyncItem, apiUrl: string): Ninjs =>
  entry.action === 'upsert' ? ninjsItem(entry.item) : ninjsCanceled({ apiUrl, ...entry })
