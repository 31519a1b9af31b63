import { searchable } from '@/fields/searchableText'
import { slugField } from '@/fields/slug'
import { relatedField } from '@/fields/related'
import { label } from '@/i18n/label'

import { campaignContent } from '../campaignContent'

/** News and features, such as the report of the round table. */
export const Articles = campaignContent({
  slug: 'articles',
  labels: { singular: label('Məqalə', 'Article'), plural: label('Məqalələr', 'Articles') },
  columns: ['byline'],
  fields: [
    slugField(),
    searchable({
      name: 'excerpt',
      type: 'textarea',
      localized: true,
      label: label('Xülasə', 'Excerpt'),
    }),
    { name: 'body', type: 'richText', localized: true, label: label('Mətn', 'Body') },
    { name: 'cover', type: 'upload', relationTo: 'media', label: label('Örtük şəkli', 'Cover') },
    searchable(
      { name: 'byline', type: 'text', localized: true, label: label('Müəllif', 'Byline') },
      { sortable: true },
    ),
    {
      name: 'tags',
      type: 'text',
      hasMany: true,
      localized: true,
      label: label('Teqlər', 'Tags'),
    },
    relatedField('stories'),
    relatedField('videos'),
  ],
})
