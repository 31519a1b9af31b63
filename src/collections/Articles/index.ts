import { searchable } from '@/fields/searchableText'
import { slugField } from '@/fields/slug'
import { relatedField } from '@/fields/related'
import { label } from '@/i18n/label'

import { campaignContent } from '../campaignContent'
import { contentTypeLabels } from '../contentTypeLabels'

/** News and features, such as the report of the round table. */
export const Articles = campaignContent({
  slug: 'articles',
  labels: contentTypeLabels.articles,
  columns: ['byline'],
  fields: [
    slugField(),
    searchable({
      name: 'excerpt',
      type: 'textarea',
      localized: true,
      label: label('Xülasə', 'Excerpt', 'Аннотация'),
    }),
    { name: 'body', type: 'richText', localized: true, label: label('Mətn', 'Body', 'Текст') },
    {
      name: 'cover',
      type: 'upload',
      relationTo: 'media',
      label: label('Örtük şəkli', 'Cover', 'Обложка'),
    },
    searchable(
      { name: 'byline', type: 'text', localized: true, label: label('Müəllif', 'Byline', 'Автор') },
      { sortable: true },
    ),
    {
      name: 'tags',
      type: 'text',
      hasMany: true,
      localized: true,
      label: label('Teqlər', 'Tags', 'Теги'),
    },
    relatedField('stories'),
    relatedField('videos'),
  ],
})
