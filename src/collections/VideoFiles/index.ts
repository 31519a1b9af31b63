import type { CollectionConfig } from 'payload'

import { canCreateContent } from '@/access/canCreateContent'
import { canEditContent } from '@/access/canEditContent'
import { isAdmin } from '@/access/isAdmin'
import { isStaff } from '@/access/isStaff'
import { label } from '@/i18n/label'
import { idempotentCreate } from '@/media/idempotentCreate'
import { randomiseFilename } from '@/media/randomiseFilename'
import { mediaDir } from '@/media/storage'
import { hashUploadedFile, storeUploadKey, uploadKeyFields } from '@/media/uploadKey'
import { missingFileIs404 } from '@/media/missingFileIs404'

/** Video clips and their subtitle tracks (WebVTT), kept apart from images: no renditions. */
export const VideoFiles: CollectionConfig = {
  slug: 'video-files',
  labels: {
    singular: label('Video faylı', 'Video file', 'Видеофайл'),
    plural: label('Video faylları', 'Video files', 'Видеофайлы'),
  },
  admin: { group: label('Fayllar', 'Files', 'Файлы'), useAsTitle: 'filename' },
  access: { read: isStaff, create: canCreateContent, update: canEditContent, delete: isAdmin },
  hooks: {
    beforeOperation: [hashUploadedFile, randomiseFilename],
    beforeChange: [storeUploadKey],
  },
  // A retried upload with its Idempotency-Key answers with the record it made (README).
  endpoints: [idempotentCreate()],
  upload: {
    staticDir: mediaDir('video'),
    handlers: [missingFileIs404],
    mimeTypes: ['video/mp4', 'video/webm', 'text/vtt'],
  },
  fields: [
    { name: 'credit', type: 'text', label: label('Müəllif / mənbə', 'Credit', 'Автор / источник') },
    ...uploadKeyFields,
  ],
}
