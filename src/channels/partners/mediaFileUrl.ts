import { publicUrl } from '@/env'

/** The absolute address of an image file a partner may republish. */
export const mediaFileUrl = (filename: string) =>
  `${publicUrl()}/api/media/file/${encodeURIComponent(filename)}`
