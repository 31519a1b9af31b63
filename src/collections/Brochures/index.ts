import { brochureFolds } from '@/channels/print/formats'
import { printFilesField } from '@/channels/print/admin/printFilesField'
import { label } from '@/i18n/label'

import { campaignContent } from '../campaignContent'
import { contentTypeLabels } from '../contentTypeLabels'

const foldLabels = {
  'trifold-a4': label('A4, üç qatlı', 'A4 tri-fold', 'A4, в три сложения'),
  'booklet-a5': label('A5 kitabça', 'A5 booklet', 'Брошюра A5'),
}

/**
 * A printed brochure: its own collection, not a kind of article, because it is a composition of
 * approved articles and stories with its own cover, fold and approval (reviewers approve what
 * goes out together on paper), and it is made for paper.
 */
export const Brochures = campaignContent({
  slug: 'brochures',
  labels: contentTypeLabels.brochures,
  columns: ['fold'],
  fields: [
    {
      name: 'fold',
      type: 'select',
      required: true,
      defaultValue: 'booklet-a5',
      options: brochureFolds.map((value) => ({ value, label: foldLabels[value] })),
      label: label('Format', 'Fold', 'Формат'),
    },
    {
      name: 'intro',
      type: 'textarea',
      required: true,
      localized: true,
      label: label('Giriş', 'Introduction', 'Вступление'),
    },
    {
      name: 'cover',
      type: 'upload',
      relationTo: 'media',
      label: label('Üz qabığı şəkli', 'Cover image', 'Изображение на обложке'),
    },
    {
      name: 'items',
      type: 'relationship',
      relationTo: ['articles', 'stories'],
      hasMany: true,
      required: true,
      minRows: 1,
      maxRows: 24,
      label: label(
        'Məqalələr və hekayələr (sıra ilə)',
        'Articles and stories (in order)',
        'Статьи и истории (по порядку)',
      ),
      admin: {
        description: label(
          'Yalnız dərc edilmiş və çapa razılığı olanlar çap olunur.',
          'Only those published, and stories whose consent allows print, are printed.',
          'Печатаются только опубликованные материалы и истории, согласие на которые разрешает печать.',
        ),
      },
    },
    printFilesField(),
  ],
})
