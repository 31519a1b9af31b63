import { publicUrl } from '@/env'

/** An item's edit view, inside the admin (same origin). */
export const adminPath = (collection: string, id: string | number) =>
  `/admin/collections/${collection}/${encodeURIComponent(String(id))}`

/** An item's edit view as an absolute address, for emails and API answers read elsewhere. */
export const adminUrl = (collection: string, id: string | number) =>
  `${publicUrl()}${adminPath(collection, id)}`
