import { lexicalEditor } from '@payloadcms/richtext-lexical'

import { consentAllowsMedia } from '@/access/consentAllowsMedia'
import { exploitationTypesField } from '@/fields/exploitationTypes'
import { searchable } from '@/fields/searchableText'
import { slugField } from '@/fields/slug'
import { label } from '@/i18n/label'

import { campaignContent } from '../campaignContent'
import { contentTypeLabels } from '../contentTypeLabels'

import { narrowLiveConsent } from './hooks/narrowLiveConsent'
import { recordConsentChange } from './hooks/recordConsentChange'
import { notIdentifiable } from './notIdentifiable'

/**
 * A victim's story, told anonymously. There is deliberately no field for the person's real
 * identity: the pseudonym is all the CMS ever knows, and the consent record points at the
 * signed form the department keeps.
 */
export const Stories = campaignContent({
  slug: 'stories',
  labels: contentTypeLabels.stories,
  columns: ['pseudonym', 'exploitationTypes'],
  hasConsent: true,
  hooks: { afterChange: [recordConsentChange, narrowLiveConsent] },
  fields: [
    slugField(),
    searchable({
      name: 'summary',
      type: 'textarea',
      localized: true,
      label: label('Qısa məzmun', 'Summary', 'Краткое содержание'),
    }),
    {
      name: 'body',
      type: 'richText',
      localized: true,
      label: label('Mətn', 'Body', 'Текст'),
      // Images go in the hero image, where consent, the identifiable flag and erasure see them.
      editor: lexicalEditor({
        features: ({ defaultFeatures }) =>
          defaultFeatures.filter((feature) => feature.key !== 'upload'),
      }),
      custom: { withoutNodes: ['upload'] },
    },
    searchable(
      {
        name: 'pseudonym',
        type: 'text',
        required: true,
        localized: true,
        label: label('Təxəllüs', 'Pseudonym', 'Псевдоним'),
        admin: {
          description: label(
            'Heç vaxt əsl ad deyil',
            'Never the real name',
            'Никогда не настоящее имя',
          ),
        },
      },
      { sortable: true },
    ),
    exploitationTypesField(),
    {
      name: 'destination',
      type: 'text',
      localized: true,
      label: label(
        'Aparıldığı ölkə / region',
        'Destination country or region',
        'Страна или регион, куда увезли',
      ),
    },
    {
      name: 'contentWarning',
      type: 'textarea',
      localized: true,
      label: label('Məzmun xəbərdarlığı', 'Content warning', 'Предупреждение о содержании'),
    },
    {
      name: 'heroImage',
      type: 'upload',
      relationTo: 'media',
      label: label('Əsas şəkil', 'Hero image', 'Главное изображение'),
      validate: notIdentifiable,
      access: { read: consentAllowsMedia('image') },
    },
    {
      name: 'relatedVideo',
      type: 'relationship',
      relationTo: 'videos',
      label: label('Əlaqəli video', 'Related video', 'Связанное видео'),
      access: { read: consentAllowsMedia('video') },
    },
  ],
})
