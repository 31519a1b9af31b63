import type { Payload } from 'payload'

import { liveContentWhere } from '@/access/liveContentWhere'

import type { PrintFileRecord } from './printFileRecord'

const isLiveForPrint = async (
  payload: Payload,
  {
    collection,
    ids,
    locale,
    now,
  }: {
    collection: 'posters' | 'brochures' | 'articles' | 'stories'
    ids: string[]
    locale: PrintFileRecord['locale']
    now: Date
  },
) => {
  const { totalDocs } = await payload.count({
    collection,
    where: {
      and: [
        { id: { in: ids } },
        liveContentWhere({
          language: locale,
          channel: 'print',
          hasConsent: collection === 'stories',
          now,
        }),
      ],
    },
    locale,
    overrideAccess: true,
  })
  return totalDocs === new Set(ids).size
}

/**
 * A file is handed out only while it could be made now: its item live in that language, and
 * every article and story a brochure printed still live for print (a story whose consent was
 * withdrawn, expired or narrowed stops its brochure's old file at once, before any sweep).
 */
export const isServable = async (payload: Payload, file: PrintFileRecord, now: Date) => {
  if (file.status !== 'ready' || !file.fileName) return false
  const checks = [
    { collection: file.itemCollection, ids: [file.itemId] },
    ...(['articles', 'stories'] as const).map((collection) => ({
      collection,
      ids: (file.includes ?? [])
        .filter((item) => item.collection === collection)
        .map((item) => item.id),
    })),
  ].filter(({ ids }) => ids.length > 0)
  const results = await Promise.all(
    checks.map((check) => isLiveForPrint(payload, { ...check, locale: file.locale, now })),
  )
  return results.every(Boolean)
}
