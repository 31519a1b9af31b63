import type { Payload } from 'payload'

import type { PartnerContentType } from '@/access/partnerScope'
import type { Locale } from '@/i18n/locales'

/**
 * The items of these types that show one of these images (any top-level upload field, in any of
 * these languages): a changed image changes how each of them reads to a partner.
 */
export const itemsUsingMedia = async (
  payload: Payload,
  {
    types,
    locales,
    mediaIds,
  }: { types: PartnerContentType[]; locales: Locale[]; mediaIds: string[] },
) => {
  const found = new Map<string, { type: PartnerContentType; itemId: string }>()
  if (mediaIds.length === 0) return []
  const ids = mediaIds.map((id) =>
    payload.db.defaultIDType === 'number' && /^\d+$/.test(id) ? Number(id) : id,
  )
  for (const type of types) {
    const fields = payload.collections[type].config.fields.flatMap((field) =>
      field.type === 'upload' && field.relationTo === 'media' ? [field.name] : [],
    )
    if (fields.length === 0) continue
    for (const locale of locales) {
      const { docs } = await payload.find({
        collection: type,
        where: { or: fields.map((name) => ({ [name]: { in: ids } })) },
        locale,
        depth: 0,
        select: {},
        pagination: false,
        overrideAccess: true,
      })
      for (const { id } of docs) found.set(`${type}:${id}`, { type, itemId: String(id) })
    }
  }
  return [...found.values()]
}
