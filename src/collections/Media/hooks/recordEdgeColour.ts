import type { CollectionBeforeChangeHook } from 'payload'

import { edgeColourOf } from '@/media/edgeColour'

/**
 * Keeps the colour of the image's edge (src/media/edgeColour.ts) with the image: print and the
 * screens extend artwork fitted whole with it. Read from the uploaded file; otherwise the stored
 * value stays, whatever a request sends.
 */
export const recordEdgeColour: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const file = req.file?.data
  if (file?.length) {
    data.edgeColour = await edgeColourOf(file).catch(() => null)
  } else {
    data.edgeColour = originalDoc?.edgeColour ?? null
  }
  return data
}
