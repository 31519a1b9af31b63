import type { CollectionConfig } from 'payload'

import { searchable } from '@/fields/searchableText'
import { isStaff } from '@/access/isStaff'
import { nobody } from '@/access/nobody'
import { localeOptions } from '@/i18n/locales'
import { label, labelledOptions, sameInEveryLanguage } from '@/i18n/label'
import { printFileEndpoints } from '@/channels/print/printFileEndpoints'
import { printedCollections } from '@/channels/print/printFileRecord'
import { printStatusLabels } from '@/channels/print/labels'

import { contentTypeWords } from '../contentTypeLabels'

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
      options: labelledOptions(contentTypeWords(printedCollections)),
      index: true,
      label: label('Növ', 'Type', 'Тип'),
    },
    {
      name: 'itemId',
      type: 'text',
      required: true,
      index: true,
      label: label('Materialın id-si', 'Item id', 'id материала'),
    },
    {
      name: 'locale',
      type: 'select',
      required: true,
      options: localeOptions,
      label: label('Dil', 'Language', 'Язык'),
    },
    { name: 'format', type: 'text', required: true, label: label('Format', 'Format', 'Формат') },
    {
      name: 'status',
      type: 'select',
      required: true,
      options: labelledOptions(printStatusLabels),
      label: label('Vəziyyət', 'Status', 'Состояние'),
    },
    { name: 'error', type: 'textarea', label: label('Xəta', 'Problem', 'Проблема') },
    {
      name: 'inputsHash',
      type: 'text',
      required: true,
      index: true,
      label: label('Mənbənin izi', 'Inputs fingerprint', 'Отпечаток исходных данных'),
    },
    { name: 'pages', type: 'number', label: label('Səhifələr', 'Pages', 'Страницы') },
    { name: 'bytes', type: 'number', label: label('Ölçü (bayt)', 'Size (bytes)', 'Размер (байт)') },
    { name: 'sha256', type: 'text', label: sameInEveryLanguage('SHA-256') },
    { name: 'trimWidthMm', type: 'number', label: label('En (mm)', 'Width (mm)', 'Ширина (мм)') },
    {
      name: 'trimHeightMm',
      type: 'number',
      label: label('Hündürlük (mm)', 'Height (mm)', 'Высота (мм)'),
    },
    {
      name: 'bleedMm',
      type: 'number',
      label: label('Kəsim payı (mm)', 'Bleed (mm)', 'Вылет под обрез (мм)'),
    },
    // The stories and articles a brochure printed: each is checked again before every download.
    {
      name: 'includes',
      type: 'json',
      label: label('Daxil olan materiallar', 'Includes', 'Включённые материалы'),
    },
    { name: 'fileName', type: 'text', label: label('Faylın adı', 'File name', 'Имя файла') },
    {
      name: 'previewName',
      type: 'text',
      label: label('Önizləmənin adı', 'Preview file name', 'Имя файла превью'),
    },
    {
      name: 'generatedAt',
      type: 'date',
      required: true,
      label: label('Yaradılıb', 'Generated at', 'Создан'),
    },
  ],
}
