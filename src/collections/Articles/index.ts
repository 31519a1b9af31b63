import type { CollectionConfig } from 'payload'

import { contentAccess } from '@/access/contentAccess'
import { slugField } from '@/fields/slug'
import { label } from '@/i18n/label'

/** News and features, such as the report of the round table. */
export const Articles: CollectionConfig = {
  slug: 'articles',
  labels: { singular: label('Məqalə', 'Article'), plural: label('Məqalələr', 'Articles') },
  admin: {
    group: label('Məzmun', 'Content'),
    useAsTitle: 'title',
    defaultColumns: ['title', 'byline', '_status', 'updatedAt'],
  },
  access: contentAccess,
  versions: { drafts: true, maxPerDoc: 100 },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, label: label('Başlıq', 'Title') },
    slugField(),
    { name: 'excerpt', type: 'textarea', localized: true, label: label('Xülasə', 'Excerpt') },
    { name: 'body', type: 'richText', localized: true, label: label('Mətn', 'Body') },
    { name: 'cover', type: 'upload', relationTo: 'media', label: label('Örtük şəkli', 'Cover') },
    { name: 'byline', type: 'text', localized: true, label: label('Müəllif', 'Byline') },
    {
      name: 'tags',
      type: 'text',
      hasMany: true,
      localized: true,
      label: label('Teqlər', 'Tags'),
    },
    {
      name: 'relatedStories',
      type: 'relationship',
      relationTo: 'stories',
      hasMany: true,
      label: label('Əlaqəli hekayələr', 'Related stories'),
    },
    {
      name: 'relatedVideos',
      type: 'relationship',
      relationTo: 'videos',
      hasMany: true,
      label: label('Əlaqəli videolar', 'Related videos'),
    },
  ],
}
