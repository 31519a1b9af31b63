import { publicUrl } from '@/env'

/** An item's edit view, inside the admin (same origin); in one content language if given. */
export const adminPath = (collection: string, id: string | number, locale?: string) =>
  `/admin/collections/${collection}/${encodeURIComponent(String(id))}${locale ? `?locale=${locale}` : ''}`

/** An item's edit view as an absolute address, for emails and API answers read elsewhere. */
export const adminUrl = (collection: string, id: string | number, locale?: string) =>
  `${publicUrl()}${adminPath(collection, id, locale)}`
