import type { Access, CollectionSlug, PayloadRequest, SelectType } from 'payload'

import { channelOf } from '@/access/channelOf'
import { isStaffUser } from '@/access/roles'
import { relationId, type Id } from '@/db/relationId'
import { locales } from '@/i18n/locales'
import { partnerMayRead } from '@/access/partnerScope'

import { runningWebsiteModel } from './readModel'

type ImageUse = {
  collection: CollectionSlug
  /** Upload fields holding an image, and rich-text fields whose upload nodes do. */
  fields: string[]
  richText?: string[]
  /** Also read, so the fields' own read rules can decide (a story's consent to images). */
  alsoSelect?: string[]
}

/** Where the website shows images: every place an item holds one. */
export const imageUses: ImageUse[] = [
  { collection: 'stories', fields: ['heroImage'], alsoSelect: ['consent'] },
  { collection: 'articles', fields: ['cover'], richText: ['body'] },
  { collection: 'videos', fields: ['posterFrame'] },
  { collection: 'posters', fields: ['artwork'] },
  { collection: 'brochures', fields: ['cover'] },
]

/** The images in a Lexical document: its upload nodes of the media collection. */
export const imagesInRichText = (node: unknown): Id[] => {
  if (!node || typeof node !== 'object') return []
  const { type, relationTo, value, root, children } = node as Record<string, unknown>
  const own = type === 'upload' && relationTo === 'media' ? [relationId(value)] : []
  const nested = [root, ...(Array.isArray(children) ? children : [])].flatMap(imagesInRichText)
  return [...own, ...nested].filter((id): id is Id => id !== null)
}

/** The images one item shows, as read (fields its reader may not see are already gone). */
export const imagesOf = (doc: Record<string, unknown>, use: ImageUse): Id[] => [
  ...use.fields.map((field) => relationId(doc[field])).filter((id): id is Id => id !== null),
  ...(use.richText ?? []).flatMap((field) => imagesInRichText(doc[field])),
]

/**
 * The images this reader may fetch: those shown by an item they can read now, in any language,
 * read exactly as they would read it (published language, schedule, consent, the consent's
 * media), so an image follows its items off the website at once. Once per request.
 */
const publicImageIds = (req: PayloadRequest): Promise<Id[]> => {
  const memo = req.context as { publicImageIds?: Promise<Id[]> }
  memo.publicImageIds ??= Promise.all(
    imageUses.flatMap((use) =>
      locales.map(async (locale) => {
        const select = Object.fromEntries(
          [...use.fields, ...(use.richText ?? []), ...(use.alsoSelect ?? [])].map((f) => [f, true]),
        ) as SelectType
        // A partner's key reads only its own types and languages: the others show it nothing.
        if (channelOf(req.user) === 'partners' && !partnerMayRead(req.user, use.collection, locale))
          return []
        const { docs } = await req.payload.find({
          collection: use.collection,
          locale,
          fallbackLocale: false,
          user: req.user ?? undefined,
          overrideAccess: false,
          depth: 0,
          pagination: false,
          select,
        })
        return docs.flatMap((doc) => imagesOf(doc as unknown as Record<string, unknown>, use))
      }),
    ),
  ).then((lists) => [...new Set(lists.flat())])
  return memo.publicImageIds
}

/**
 * Read access to images: staff see the library; anyone else (REST, GraphQL, populated uploads
 * and the files under /api/media/file/, renditions included) only the images of items public
 * to them now.
 */
export const publicImageRead: Access = async ({ req }) => {
  if (isStaffUser(req.user)) return true
  // In a running server the website's read model knows them (src/channels/website/readModel.ts).
  const model = channelOf(req.user) === 'website' ? runningWebsiteModel() : null
  if (model?.isReady()) await model.fresh()
  const ids = model?.isReady() ? model.publicImageIds() : await publicImageIds(req)
  return ids.length > 0 ? { id: { in: ids } } : false
}
