import type { Payload, TypedUser, Where } from 'payload'

import type { Locale } from '@/i18n/locales'

import { imageFields, itemView } from './itemView'
import type { PartnerContentType } from '@/access/partnerScope'

export type PartnerReadContext = {
  payload: Payload
  partner: TypedUser
  now: Date
  /** The hotline in each language, one line per number. */
  hotline: (locale: Locale) => string[]
  fileUrl: (filename: string) => string
  apiUrl: string
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
) => {
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
  const mediaIds = docs.flatMap((doc) =>
    Object.keys(imageFields[type]).flatMap((field) => {
      const id = (doc as unknown as Record<string, unknown>)[field]
      return id === null || id === undefined ? [] : [id as string | number]
    }),
  )
  const media =
    mediaIds.length === 0
      ? []
      : (
          await payload.find({
            collection: 'media',
            where: { id: { in: mediaIds } },
            depth: 0,
            limit: mediaIds.length,
            pagination: false,
          })
        ).docs
  const mediaById = new Map(media.map((doc) => [String(doc.id), doc]))
  return docs.map((doc) =>
    itemView({
      type,
      doc: doc as unknown as Record<string, unknown>,
      locale,
      media: mediaById,
      hotline: context.hotline(locale),
      fileUrl: context.fileUrl,
      apiUrl: context.apiUrl,
    }),
  )
}
