import type { Field, GroupField } from 'payload'

import { label } from '@/i18n/label'
import { isHexColour } from '@/media/edgeColour'

/**
 * The shapes a poster is printed and shown at. Each may have artwork of its own; where it has
 * none the general artwork is fitted whole (src/media/artworkFit.ts).
 */
export const artworkSlots = ['aSeries', 'metro', 'screenLandscape', 'screenPortrait'] as const
export type ArtworkSlot = (typeof artworkSlots)[number]

const slotLabels: Record<ArtworkSlot, ReturnType<typeof label>> = {
  aSeries: label('A4–A2 plakat', 'A4–A2 poster', 'Плакат A4–A2'),
  metro: label('Metro (4-sheet)', 'Metro 4-sheet', 'Метро (4-sheet)'),
  screenLandscape: label('Üfüqi ekran', 'Landscape screen', 'Горизонтальный экран'),
  screenPortrait: label('Şaquli ekran', 'Portrait screen', 'Вертикальный экран'),
}

/** What each slot's artwork is drawn for, as the editor prepares it. */
const slotSizes: Record<ArtworkSlot, ReturnType<typeof label>> = {
  aSeries: label(
    'Şəkil sahəsi, kəsim payı ilə: 5:4 (A4-də 216 × 175 mm)',
    'The picture area with its bleed: 5:4 (216 × 175 mm at A4)',
    'Область изображения с вылетом: 5:4 (216 × 175 мм на A4)',
  ),
  metro: label(
    'Şəkil sahəsi, kəsim payı ilə: 7:6 (1191 × 1018 mm)',
    'The picture area with its bleed: 7:6 (1191 × 1018 mm)',
    'Область изображения с вылетом: 7:6 (1191 × 1018 мм)',
  ),
  screenLandscape: label(
    '1920 × 1080 və ya 3840 × 2160',
    '1920 × 1080 or 3840 × 2160',
    '1920 × 1080 или 3840 × 2160',
  ),
  screenPortrait: label('1080 × 1920', '1080 × 1920', '1080 × 1920'),
}

export const formatArtworkField = (): GroupField => ({
  name: 'formatArtwork',
  type: 'group',
  label: label('Formatlar üçün ayrıca şəkillər', 'Artwork per format', 'Изображения для форматов'),
  admin: {
    description: label(
      'İstəyə bağlı. Boş olan formatda ümumi şəkil tam göstərilir (kəsilmir), ətrafı fon rəngi ilə doldurulur.',
      'Optional. Where a format has none, the general artwork is shown whole (never cut) on the background colour.',
      'Необязательно. Где изображения нет, общее изображение показывается целиком (без обрезки) на фоне.',
    ),
  },
  fields: artworkSlots.map(
    (slot): Field => ({
      name: slot,
      type: 'upload',
      relationTo: 'media',
      localized: true,
      label: slotLabels[slot],
      admin: { description: slotSizes[slot] },
    }),
  ),
})

export const artworkBackgroundField = (): Field => ({
  name: 'artworkBackground',
  type: 'text',
  label: label('Fon rəngi', 'Background colour', 'Цвет фона'),
  validate: (value: unknown) =>
    value === null || value === undefined || value === '' || isHexColour(value)
      ? true
      : 'Write the colour as #rrggbb, e.g. #1d3557.',
  admin: {
    description: label(
      'Tam göstərilən şəklin ətrafı, məs. #1d3557. Boş: şəklin kənarının rəngi.',
      'Around artwork shown whole, e.g. #1d3557. Empty: the colour of the artwork’s edge.',
      'Вокруг изображения, показанного целиком, напр. #1d3557. Пусто: цвет края изображения.',
    ),
  },
})
