import fs from 'fs/promises'
import type { CollectionBeforeOperationHook } from 'payload'

/**
 * Uploads stream to a temporary file (payload.config.ts), but Payload makes an image's renditions
 * right only from memory: from a temporary file it sizes them by the unrotated original. An image
 * is read in once it has passed its size checks (40 MB, 50 megapixels, refuseOversizedImage) and
 * its temporary file removed; videos stay on disk.
 */
export const holdImageInMemory: CollectionBeforeOperationHook = async ({ args, req }) => {
  const tempFilePath = req.file?.tempFilePath
  if (!req.file || !tempFilePath) return args
  req.file = { ...req.file, data: await fs.readFile(tempFilePath), tempFilePath: undefined }
  await fs.rm(tempFilePath, { force: true })
  return args
}
