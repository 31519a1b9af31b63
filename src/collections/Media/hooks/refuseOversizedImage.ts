import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { maxImageBytes } from '@/media/renditions'

/** Videos may be large; an image above the cap is refused before sharp spends time on it. */
export const refuseOversizedImage: CollectionBeforeOperationHook = ({ args, req }) => {
  const size = req.file?.size ?? 0
  if (size > maxImageBytes) {
    throw new APIError(
      `The image is ${(size / 1024 / 1024).toFixed(1)} MB; the limit is ${maxImageBytes / 1024 / 1024} MB.`,
      413,
      undefined,
      true,
    )
  }
  return args
}
