import { randomUUID } from 'crypto'
import path from 'path'
import type { CollectionBeforeOperationHook } from 'payload'

/**
 * Stored files get a random name: a camera's or an editor's filename ("aysel-shelter-ganja.jpg")
 * can name or locate the very person the campaign protects, and every rendition's URL repeats it.
 */
export const randomiseFilename: CollectionBeforeOperationHook = ({ args, req }) => {
  if (req.file) {
    const extension = path
      .extname(req.file.name)
      .toLowerCase()
      .replace(/[^.a-z0-9]/g, '')
    req.file.name = `${randomUUID()}${extension}`
  }
  return args
}
