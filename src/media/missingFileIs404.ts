import fs from 'fs/promises'
import path from 'path'
import { NotFound, type UploadConfig } from 'payload'

type FileHandler = NonNullable<UploadConfig['handlers']>[number]

/**
 * A file whose document exists (and which the reader may see) but which is gone from the disk is
 * not there: 404, where Payload answers 500. Runs after Payload's access check; a file that is
 * there is left to Payload to serve.
 */
export const missingFileIs404: FileHandler = async (req, { params }) => {
  const staticDir = req.payload.collections[params.collection as 'media'].config.upload.staticDir
  const folder = path.resolve(staticDir!)
  const file = path.resolve(folder, params.filename)
  // An address outside the folder is Payload's to refuse (400).
  if (!file.startsWith(folder + path.sep)) return
  const isThere = await fs.stat(file).then(
    (stats) => stats.isFile(),
    () => false,
  )
  if (!isThere) throw new NotFound(req.t)
}
