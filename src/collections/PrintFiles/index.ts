import type { CollectionConfig } from 'payload'

import { searchable } from '@/fields/searchableText'
import { isStaff } from '@/access/isStaff'
import { nobody } from '@/access/nobody'
import { locales } from '@/i18n/locales'
import { label } from '@/i18n/label'
import { printFileEndpoints } from '@/channels/print/printFileEndpoints'
import { printStatuses } from '@/channels/print/printFileRecord'

/**
 * One generated PDF: an item in one language at one format (a poster size or a brochure fold).
 * Only the print sweep writes these (src/channels/print/sync.ts); staff read them and download through
 * the endpoints, which serve a file only while its item is live.
 */
export const PrintFiles: CollectionConfig = {
  slug: 'print-files',
  labels: {
    singular: label('Çap faylı', 'Print file', 'Файл для печати'),
    plural: label('Çap faylları', 'Print files', 'Файлы для печати'),
  },
  admin: {
    group: label('Məzmun', 'Content', 'Материалы'),
    useAsTitle: 'name',
    defaultColumns: ['name', 'locale', 'format', 'status', 'pages', 'generatedAt'],
  },
  access: { read: isStaff, create: nobody, update: nobody, delete: nobody },
  endpoints: printFileEndpoints,
  fields: [
    searchable(
      { name: 'name', type: 'text', required: true, label: label('Ad', 'Name', 'Название') },
      { sortable: true },
    ),
    {
      name: 'itemCollection',
      type: 'select',
      required: true,
      options: ['posters', 'brochures'],
      index: true,
    },
    { name: 'itemId', type: 'text', required: true, index: true },
    { name: 'locale', type: 'select', required: true, options: [...locales] },
    { name: 'format', type: 'text', required: true, label: label('Format', 'Format', 'Формат') },
    {
      name: 'status',
      type: 'select',
      required: true,
      options: [...printStatuses],
      label: label('Vəziyyət', 'Status', 'Состояние'),
    },
    { name: 'error', type: 'textarea', label: label('Xəta', 'Problem', 'Проблема') },
    { name: 'inputsHash', type: 'text', required: true, index: true },
    { name: 'pages', type: 'number' },
    { name: 'bytes', type: 'number' },
    { name: 'sha256', type: 'text' },
    { name: 'trimWidthMm', type: 'number' },
    { name: 'trimHeightMm', type: 'number' },
    { name: 'bleedMm', type: 'number' },
    // The stories and articles a brochure printed: each is checked again before every download.
    { name: 'includes', type: 'json' },
    { name: 'fileName', type: 'text' },
    { name: 'previewName', type: 'text' },
    { name: 'generatedAt', type: 'date', required: true },
  ],
}
