import { exploitationTypesField } from '@/fields/exploitationTypes'
import { artworkBackgroundField, formatArtworkField } from '@/fields/formatArtwork'
import { orientationField } from '@/fields/orientation'
import { scheduleWindowField } from '@/fields/scheduleWindow'
import { label } from '@/i18n/label'
import { printFilesField } from '@/channels/print/admin/printFilesField'
import { artworkCheckField, artworkWarningsField } from '@/channels/print/admin/artworkCheckFields'
import { posterArtworkEndpoints } from '@/channels/print/posterArtworkEndpoints'

import { campaignContent } from '../campaignContent'
import { contentTypeLabels } from '../contentTypeLabels'

/** "HH:mm", 00:00–23:59. */
const timeOfDay = (value: unknown) =>
  typeof value === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(value)
    ? true
    : 'Write the time as HH:mm, e.g. 07:30.'

/**
 * A poster for metro screens and print. Its text is part of the picture, so the artwork itself
 * is per language: the English poster is a different image from the Azerbaijani one.
 */
const posters = campaignContent({
  slug: 'posters',
  labels: contentTypeLabels.posters,
  columns: ['orientation', 'displaySeconds'],
  fields: [
    {
      name: 'artwork',
      type: 'upload',
      relationTo: 'media',
      required: true,
      localized: true,
      label: label(
        'Plakat şəkli (bu dildə)',
        'Artwork (in this language)',
        'Изображение плаката (на этом языке)',
      ),
    },
    formatArtworkField(),
    artworkBackgroundField(),
    artworkCheckField(),
    artworkWarningsField(),
    orientationField(),
    exploitationTypesField(),
    {
      name: 'displaySeconds',
      type: 'number',
      required: true,
      defaultValue: 10,
      min: 3,
      max: 300,
      label: label(
        'Ekranda göstərilmə müddəti (saniyə)',
        'Time on screen (seconds)',
        'Время показа на экране (секунды)',
      ),
    },
    {
      name: 'targetLocations',
      type: 'relationship',
      relationTo: 'locations',
      hasMany: true,
      label: label('Hədəf məkanlar', 'Target locations', 'Целевые места'),
      admin: {
        description: label('Boş: bütün məkanlar', 'Empty: every location', 'Пусто: все места'),
      },
    },
    {
      name: 'targetScreens',
      type: 'relationship',
      relationTo: 'screens',
      hasMany: true,
      label: label('Hədəf ekranlar', 'Target screens', 'Целевые экраны'),
    },
    {
      name: 'playOrder',
      type: 'number',
      required: true,
      defaultValue: 100,
      min: 0,
      max: 10000,
      label: label('Ekranda sıra', 'Play order', 'Порядок показа'),
      admin: {
        position: 'sidebar',
        description: label(
          'Kiçik rəqəm əvvəl göstərilir',
          'Lower numbers play first',
          'Меньшее число показывается раньше',
        ),
      },
    },
    scheduleWindowField(),
    {
      name: 'dayparts',
      type: 'array',
      label: label('Günün saatları', 'Times of day', 'Время суток'),
      labels: {
        singular: label('Aralıq', 'Daypart', 'Интервал'),
        plural: label('Aralıqlar', 'Dayparts', 'Интервалы'),
      },
      admin: {
        description: label(
          'Bakı vaxtı ilə, məs. 07:00–10:00. Boş: bütün gün.',
          'Baku time, e.g. 07:00–10:00. None: all day.',
          'По бакинскому времени, напр. 07:00–10:00. Пусто: весь день.',
        ),
      },
      fields: [
        {
          name: 'from',
          type: 'text',
          required: true,
          validate: timeOfDay,
          label: label('Başlayır', 'From', 'С'),
        },
        {
          name: 'to',
          type: 'text',
          required: true,
          validate: timeOfDay,
          label: label('Bitir', 'To', 'До'),
        },
      ],
    },
    printFilesField(),
  ],
})

export const Posters = {
  ...posters,
  endpoints: [...(posters.endpoints || []), ...posterArtworkEndpoints],
}
