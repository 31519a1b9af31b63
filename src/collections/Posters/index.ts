import { exploitationTypesField } from '@/fields/exploitationTypes'
import { orientationField } from '@/fields/orientation'
import { scheduleWindowField } from '@/fields/scheduleWindow'
import { label } from '@/i18n/label'

import { campaignContent } from '../campaignContent'

/**
 * A poster for metro screens and print. Its text is part of the picture, so the artwork itself
 * is per language: the English poster is a different image from the Azerbaijani one.
 */
export const Posters = campaignContent({
  slug: 'posters',
  labels: { singular: label('Plakat', 'Poster'), plural: label('Plakatlar', 'Posters') },
  columns: ['orientation', 'displaySeconds'],
  fields: [
    {
      name: 'artwork',
      type: 'upload',
      relationTo: 'media',
      required: true,
      localized: true,
      label: label('Plakat şəkli (bu dildə)', 'Artwork (in this language)'),
    },
    orientationField(),
    exploitationTypesField(),
    {
      name: 'displaySeconds',
      type: 'number',
      required: true,
      defaultValue: 10,
      min: 3,
      max: 300,
      label: label('Ekranda göstərilmə müddəti (saniyə)', 'Time on screen (seconds)'),
    },
    {
      name: 'targetLocations',
      type: 'relationship',
      relationTo: 'locations',
      hasMany: true,
      label: label('Hədəf məkanlar', 'Target locations'),
      admin: { description: label('Boş: bütün məkanlar', 'Empty: every location') },
    },
    {
      name: 'targetScreens',
      type: 'relationship',
      relationTo: 'screens',
      hasMany: true,
      label: label('Hədəf ekranlar', 'Target screens'),
    },
    scheduleWindowField(),
  ],
})
