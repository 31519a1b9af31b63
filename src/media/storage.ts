import path from 'path'

import { projectRoot } from '@/env'

/** Where uploads live: media/ in a clone, a volume in docker-compose (MEDIA_DIR). */
export const mediaDir = (sub: string): string =>
  path.resolve(process.env.MEDIA_DIR || path.join(projectRoot, 'media'), sub)

/** Uploads in progress: on the media volume, so a finished one is copied on the same disk. */
export const uploadTempDir = () => mediaDir('.uploading')
