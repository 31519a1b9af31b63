import type { CollectionBeforeOperationHook } from 'payload'
import sharp from 'sharp'

import { refuse } from '@/http/refuse'
import { maxImageBytes, maxImagePixels } from '@/media/renditions'

const tooLarge = (message: string) => refuse(413, message)

/** Width × height from the file's header, without decoding it; null if sharp cannot read it. */
const pixelsOf = async (file: { data: Buffer; tempFilePath?: string }) => {
  const { width, height } = await sharp(file.tempFilePath || file.data)
    .metadata()
    .catch(() => ({ width: undefined, height: undefined }))
  return width && height ? width * height : null
}

/**
 * Videos may be large; an image above the caps is refused before sharp decodes it. Both caps,
 * since a small file can hold a huge image. An unreadable file is left to Payload (400).
 */
export const refuseOversizedImage: CollectionBeforeOperationHook = async ({ args, req }) => {
  if (!req.file) return args
  const { size } = req.file
  if (size > maxImageBytes)
    throw tooLarge(
      `The image is ${(size / 1024 / 1024).toFixed(1)} MB; the limit is ${maxImageBytes / 1024 / 1024} MB.`,
    )
  const pixels = await pixelsOf(req.file)
  if (pixels && pixels > maxImagePixels)
    throw tooLarge(
      `The image has ${(pixels / 1e6).toFixed(1)} megapixels; the limit is ${maxImagePixels / 1e6} megapixels.`,
    )
  return args
}
