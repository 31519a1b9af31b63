import fs from 'fs/promises'
import path from 'path'

import { mediaDir } from '@/media/storage'

/** Print files live beside the uploads, never in a folder the web server shows as it is. */
export const printDir = () => mediaDir('print')

export const printPath = (name: string) => path.join(printDir(), path.basename(name))

export const removePrintFiles = async (...names: (string | null | undefined)[]) => {
  await Promise.all(
    names
      .filter((name): name is string => !!name)
      .map((name) => fs.rm(printPath(name), { force: true })),
  )
}
