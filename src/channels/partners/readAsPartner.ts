import type { Payload, TypedUser, Where } from 'payload'

import type { Locale } from '@/i18n/locales'
import { imagesInRichText } from '@/richText/images'
import { itemKey } from '@/ledger/changes'
import { publicationDatesOf, publishedEntries } from '@/ledger/publicationDates'
import type { PageAddressSettings } from '@/links/pageAddress'

import { imageFields, itemView, type ItemView, type MediaDoc } from './itemView'
import type { PartnerContentType } from '@/access/partnerScope'

export type PartnerReadContext = {
  payload: Payload
  partner: TypedUser
  now: Date
  /** The hotline in each language, one line per number. */
  hotline: (locale: Locale) => string[]
  /** Settings → Website's page address templates in each language. */
  pages: (locale: Locale) => PageAddressSettings
  fileUrl: (filename: string) => string
  apiUrl: string
}

/** One item in one language as the partner read it, with its images, before it becomes a view. */
export type PartnerDoc = {
  type: PartnerContentType
  locale: Locale
  doc: Record<string, unknown>
  media: ReadonlyMap<string, MediaDoc>
}

/**
 * Items of one type in one language as the partner may read them (its own access: published,
 * scheduled now, consent in force for partners, in its scope), with their images.
 */
export const readAsPartner = async (
  context: PartnerReadContext,
  type: PartnerContentType,
  locale: Locale,
  where: Where,
  limit: number,
  /** 'id' for stable sync pages, '-updatedAt' for a feed's latest. */
  sort: 'id' | '-updatedAt',
): Promise<PartnerDoc[]> => {
  const { payload, partner } = context
  const { docs } = await payload.find({
    collection: type,
    user: partner,
    overrideAccess: false,
    locale,
    depth: 0,
    where,
    sort,
    limit,
    pagination: false,
  })
  const mediaIds = docs.flatMap((doc) => [
    ...Object.keys(imageFields[type]).flatMap((field) => {
      const id = (doc as unknown as Record<string, unknown>)[field]
      return id === null || id === undefined ? [] : [id as string | number]
    }),
    // Images in the body: the body's HTML shows them.
    ...imagesInRichText((doc as unknown as Record<string, unknown>).body),
  ])
  const media =
    mediaIds.length === 0
      ? []
      : (
          await payload.find({
            collection: 'media',
            where: { id: { in: mediaIds } },
            // The alt text of this language, or none: never another language's.
            locale,
            fallbackLocale: false,
            depth: 0,
            limit: mediaIds.length,
            pagination: false,
          })
        ).docs
  const mediaById = new Map(media.map((doc) => [String(doc.id), doc as MediaDoc]))
  return docs.map((doc) => ({
    type,
    locale,
    doc: doc as unknown as Record<string, unknown>,
    media: mediaById,
  }))
}

/**
 * What the partner read, as item views: their publication dates come from the ledger in one
 * query for all of them, whatever their types and languages.
 */
export const viewsOf = async (
  context: PartnerReadContext,
  read: readonly PartnerDoc[],
): Promise<ItemView[]> => {
  if (read.length === 0) return []
  const keyOf = ({ type, doc }: PartnerDoc) => itemKey(type, String(doc.id))
  const entries = await publishedEntries(context.payload, [...new Set(read.map(keyOf))])
  return read.map((item) =>
    itemView({
      ...item,
      hotline: context.hotline(item.locale),
      fileUrl: context.fileUrl,
      apiUrl: context.apiUrl,
      pages: context.pages(item.locale),
      dates: publicationDatesOf(entries.get(keyOf(item)) ?? [], {
        locale: item.locale,
        publishAt: item.doc.publishAt as string | null | undefined,
      }),
    }),
  )
}
