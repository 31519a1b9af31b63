import type { Field, GlobalConfig } from 'payload'

import { label } from '@/i18n/label'

/** Settings → Print: the poster sizes the campaign prints (the QR codes open Settings → Website addresses). */
export const printSettingsField = (): Field => ({
  name: 'print',
  type: 'group',
  label: label('Çap', 'Print', 'Печать'),
  fields: [
    {
      name: 'formats',
      type: 'array',
      label: label('Plakat ölçüləri', 'Poster sizes', 'Размеры плакатов'),
      labels: {
        singular: label('Ölçü', 'Size', 'Размер'),
        plural: label('Ölçülər', 'Sizes', 'Размеры'),
      },
      admin: {
        description: label(
          'Boş: A4, A3, A2 və metro (1185×1750 mm). Ölçü kəsimdən sonrakı vərəqdir; PDF səhifəsi hər tərəfdən bleed qədər böyükdür.',
          'Empty: A4, A3, A2 and metro (1185×1750 mm). The size is the trimmed sheet; the PDF page adds the bleed on every side.',
          'Пусто: A4, A3, A2 и метро (1185×1750 мм). Размер — лист после обрезки; страница PDF больше на вылет с каждой стороны.',
        ),
      },
      validate: (rows: unknown) => {
        const keys = (Array.isArray(rows) ? rows : []).map((row) => (row as { key?: string }).key)
        return new Set(keys).size === keys.length ? true : 'Each size needs its own key.'
      },
      fields: [
        {
          name: 'key',
          type: 'text',
          required: true,
          label: label('Açar', 'Key', 'Ключ'),
          validate: (value: unknown) =>
            typeof value === 'string' && /^[a-z0-9-]{1,24}$/.test(value)
              ? true
              : 'Use 1–24 small Latin letters, digits or hyphens, e.g. "a3" or "metro".',
        },
        { name: 'label', type: 'text', required: true, label: label('Ad', 'Name', 'Название') },
        {
          name: 'trimWidthMm',
          type: 'number',
          required: true,
          min: 50,
          max: 5000,
          label: label('En (mm)', 'Width (mm)', 'Ширина (мм)'),
        },
        {
          name: 'trimHeightMm',
          type: 'number',
          required: true,
          min: 50,
          max: 5000,
          label: label('Hündürlük (mm)', 'Height (mm)', 'Высота (мм)'),
        },
        {
          name: 'bleedMm',
          type: 'number',
          required: true,
          defaultValue: 3,
          min: 0,
          max: 20,
          label: label('Kəsim payı (mm)', 'Bleed (mm)', 'Вылет под обрез (мм)'),
        },
        {
          name: 'safeMm',
          type: 'number',
          min: 0,
          max: 200,
          label: label('Təhlükəsiz kənar (mm)', 'Safe margin (mm)', 'Безопасное поле (мм)'),
          admin: {
            description: label(
              'Boş: qısa tərəfin 2 %-i, ən azı 5 mm.',
              'Empty: 2 % of the short side, at least 5 mm.',
              'Пусто: 2 % короткой стороны, не менее 5 мм.',
            ),
          },
        },
        {
          name: 'artworkSlot',
          type: 'select',
          label: label(
            'Plakatın bu format üçün şəkli',
            "Poster's artwork for this size",
            'Изображение плаката для этого размера',
          ),
          options: [
            { value: 'aSeries', label: label('A4–A2 plakat', 'A4–A2 poster', 'Плакат A4–A2') },
            { value: 'metro', label: label('Metro (4-sheet)', 'Metro 4-sheet', 'Метро (4-sheet)') },
          ],
          admin: {
            description: label(
              'Boş: həmişə ümumi şəkil.',
              'Empty: always the general artwork.',
              'Пусто: всегда общее изображение.',
            ),
          },
        },
      ],
    },
  ],
})

/** The settings with print's group last. */
export const withPrintSettings = (settings: GlobalConfig): GlobalConfig => ({
  ...settings,
  fields: [...settings.fields, printSettingsField()],
})
