import type { CollectionConfig } from 'payload'

import { searchable } from '@/fields/searchableText'
import { canCreateContent } from '@/access/canCreateContent'
import { canEditContent } from '@/access/canEditContent'
import { isAdmin } from '@/access/isAdmin'
import { isStaffField } from '@/access/isStaff'
import { label } from '@/i18n/label'
import { recordMediaChange, recordMediaDeletion } from '@/ledger/hooks'
import { idempotentCreate } from '@/media/idempotentCreate'
import { randomiseFilename } from '@/media/randomiseFilename'
import { mediaDir } from '@/media/storage'
import { hashUploadedFile, storeUploadKey, uploadKeyFields } from '@/media/uploadKey'
import { missingFileIs404 } from '@/media/missingFileIs404'
import { imageMimeTypes, maxImagePixels, renditions } from '@/media/renditions'
import { publicImageRead } from '@/channels/website/publicImages'

import { holdImageInMemory } from './hooks/holdImageInMemory'
import { protectReviewedImages } from './hooks/protectReviewedImages'
import { recordEdgeColour } from './hooks/recordEdgeColour'
import { refuseOversizedImage } from './hooks/refuseOversizedImage'

export const Media: CollectionConfig = {
  slug: 'media',
  labels: {
    singular: label('Şəkil', 'Image', 'Изображение'),
    plural: label('Şəkillər', 'Images', 'Изображения'),
  },
  admin: {
    group: label('Fayllar', 'Files', 'Файлы'),
    // Staff find and pick an image by what it shows: its file name is random (randomiseFilename),
    // and the name it was uploaded under is not kept, for it can name the person in it. The file
    // name column stays for its thumbnail.
    useAsTitle: 'alt',
    defaultColumns: ['alt', 'filename', 'credit', 'isIdentifiablePerson', 'updatedAt'],
    listSearchableFields: ['alt'],
  },
  // The library is for staff; anyone else sees only the images of items public to them now.
  access: {
    read: publicImageRead,
    create: canCreateContent,
    update: canEditContent,
    delete: isAdmin,
  },
  hooks: {
    beforeOperation: [hashUploadedFile, refuseOversizedImage, holdImageInMemory, randomiseFilename],
    beforeChange: [protectReviewedImages, storeUploadKey, recordEdgeColour],
    afterChange: [recordMediaChange],
    afterDelete: [recordMediaDeletion],
  },
  // A retried upload with its Idempotency-Key answers with the record it made (README).
  endpoints: [idempotentCreate()],
  upload: {
    staticDir: mediaDir('images'),
    handlers: [missingFileIs404],
    mimeTypes: imageMimeTypes,
    imageSizes: renditions,
    adminThumbnail: 'thumbnail',
    focalPoint: true,
    // Passing every original through sharp applies its EXIF orientation and, with metadata off,
    // drops EXIF, GPS, camera serials and XMP from the stored original as from each rendition.
    // Beside the header check in refuseOversizedImage: sharp itself refuses to decode more.
    constructorOptions: { failOn: 'error', limitInputPixels: maxImagePixels },
    withMetadata: false,
  },
  fields: [
    searchable(
      {
        name: 'alt',
        type: 'text',
        required: true,
        localized: true,
        label: label('Alternativ mətn', 'Alt text', 'Альтернативный текст'),
        admin: {
          description: label(
            'Görə bilməyənlər üçün şəklin təsviri',
            'What the image shows, for those who cannot see it',
            'Что изображено — для тех, кто не может видеть изображение',
          ),
        },
      },
      { sortable: true },
    ),
    { name: 'credit', type: 'text', label: label('Müəllif / mənbə', 'Credit', 'Автор / источник') },
    {
      name: 'isIdentifiablePerson',
      type: 'checkbox',
      defaultValue: false,
      label: label(
        'Şəkildə tanına bilən şəxs var',
        'Shows an identifiable person',
        'На снимке узнаваемый человек',
      ),
      // A review flag, not a caption.
      access: { read: isStaffField },
    },
    {
      name: 'safeToCrop',
      type: 'checkbox',
      defaultValue: false,
      label: label(
        'Kəsilə bilər (şəkildə mətn yoxdur)',
        'Safe to crop (no text in it)',
        'Можно обрезать (на изображении нет текста)',
      ),
      admin: {
        description: label(
          'Qeyd edilməyibsə, plakat hər formatda tam göstərilir, heç vaxt kəsilmir.',
          'Unless ticked, a poster shows this image whole in every format, never cut.',
          'Если не отмечено, плакат показывает изображение целиком в каждом формате, без обрезки.',
        ),
      },
    },
    {
      // Set from the file (hooks/recordEdgeColour.ts): the background of artwork fitted whole.
      name: 'edgeColour',
      type: 'text',
      label: label('Kənar rəngi', 'Edge colour', 'Цвет края'),
      admin: { readOnly: true, position: 'sidebar' },
    },
    ...uploadKeyFields,
  ],
}
