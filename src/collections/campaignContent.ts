import type { CollectionConfig, Field } from 'payload'

import { contentAccess } from '@/access/contentAccess'
import { label } from '@/i18n/label'

type CampaignContentOptions = Pick<CollectionConfig, 'slug' | 'labels'> & {
  /** Columns shown in the list between the title and the status. */
  columns: string[]
  fields: Field[]
}

/**
 * What stories, videos, articles and posters share: the Content group in the admin, drafts and
 * versions, who may do what, and a localized title first.
 */
export const campaignContent = ({
  slug,
  labels,
  columns,
  fields,
}: CampaignContentOptions): CollectionConfig => ({
  slug,
  labels,
  admin: {
    group: label('Məzmun', 'Content'),
    useAsTitle: 'title',
    defaultColumns: ['title', ...columns, '_status', 'updatedAt'],
  },
  access: contentAccess,
  versions: { drafts: true, maxPerDoc: 100 },
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      localized: true,
      label: label('Başlıq', 'Title'),
    },
    ...fields,
  ],
})
